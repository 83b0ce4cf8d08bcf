package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kehoach.plan.Plan;
import org.junit.jupiter.api.Test;

/** An application's own ObjectMapper binds the model with the module. */
class KehoachModuleTest {

  @Test
  void applicationMapper_roundTripsAPlan() throws Exception {
    ObjectMapper app = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
        .registerModule(new KehoachModule())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Plan plan = TestPlans.rich();
    String json = app.writeValueAsString(plan);
    assertThat(json).contains("\"number\":\"5 /KH-STP\"").contains("\"status\":\"in_progress\"");
    assertThat(app.readValue(json, Plan.class)).isEqualTo(plan);
  }
}
