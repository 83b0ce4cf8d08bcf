package io.kehoach.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One validator shared by 8 threads over 10,000 validations gives the same reports as one thread. */
class ConcurrencyTest {

  @Test
  void sharedValidator_eightThreads_tenThousandValidations_sameReports() throws Exception {
    PlanValidator validator = PlanValidator.create();
    Plan[] plans = {
      Plans.valid(),
      Plans.validBuilder().subject(" ").number(DocumentNumber.parse("5/Kh-UBND")).build(),
      Plans.validBuilder().addBody(io.kehoach.plan.ResponsibleBody.of("bao", "Báo", io.kehoach.plan.BodyKind.PRESS))
          .build(),
    };
    ValidationReport[] expected = new ValidationReport[plans.length];
    for (int i = 0; i < plans.length; i++) {
      expected[i] = validator.validate(plans[i]);
    }
    assertThat(expected[1].getFindings()).hasSizeGreaterThan(2);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int mismatches = 0;
          for (int n = 0; n < 1250; n++) {
            int k = (n + thread) % plans.length;
            if (!validator.validate(plans[k]).equals(expected[k])) {
              mismatches++;
            }
          }
          return mismatches;
        }));
      }
      int total = 0;
      for (Future<Integer> f : futures) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
