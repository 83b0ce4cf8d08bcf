package io.kehoach.examples;

import io.kehoach.plan.Plan;
import java.util.LinkedHashMap;
import java.util.Map;

/** The five seed documents as plans, by the name of their seed file. */
public final class SeedPlans {
  private SeedPlans() {}

  /** Every seed plan, in seed order, keyed by its seed file's name. */
  public static Map<String, Plan> all() {
    Map<String, Plan> plans = new LinkedHashMap<>();
    plans.put("000_2890048806d2c790.txt", PressSummaries.socTrang2017To2020());
    plans.put("001_034941025d401579.txt", PressSummaries.hoChiMinhCity2017());
    plans.put("002_85e0e6a2eab08a47.txt", PressSummaries.province2024());
    plans.put("003_338ae78fb495c782.txt", BinhPhuoc2017.plan());
    plans.put("004_062a52863d0809ee.txt", PressSummaries.dakLak2018());
    return plans;
  }
}
