package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One mapper shared by 8 threads reads and writes both formats with the same results as one thread. */
class ConcurrencyTest {

  @Test
  void sharedMapper_eightThreads_sameOutput() throws Exception {
    PlanMapper mapper = PlanMapper.create();
    Plan plan = TestPlans.rich();
    String json = mapper.write(PlanFormat.JSON, plan);
    String yaml = mapper.write(PlanFormat.YAML, plan);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          int bad = 0;
          for (int i = 0; i < 150; i++) {
            bad += mapper.write(PlanFormat.YAML, plan).equals(yaml) ? 0 : 1;
            bad += mapper.write(PlanFormat.JSON, plan).equals(json) ? 0 : 1;
            bad += mapper.read(PlanFormat.YAML, yaml).getPlan().equals(plan) ? 0 : 1;
            bad += mapper.read(PlanFormat.JSON, json).getPlan().equals(plan) ? 0 : 1;
          }
          return bad;
        }));
      }
      int bad = 0;
      for (Future<Integer> f : futures) {
        bad += f.get(5, TimeUnit.MINUTES);
      }
      assertThat(bad).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
