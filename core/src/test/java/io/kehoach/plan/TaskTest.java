package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TaskTest {

  @Test
  void bodyIds_byRole_inOrder() {
    Task t = Task.builder().id("t").description("In ấn pa nô")
        .addParticipant(TaskParticipant.lead("stp"))
        .addParticipant(TaskParticipant.coordinate("bao"))
        .addParticipant(TaskParticipant.coordinate("dai"))
        .addParticipant(TaskParticipant.of("vp", AssignmentRole.MONITOR))
        .timing(Timing.quarter(2017, 2)).addOutput("Pa nô").cost(Money.vnd(150_000_000))
        .build();
    assertThat(t.bodyIds(AssignmentRole.COORDINATE)).containsExactly("bao", "dai");
    assertThat(t.bodyIds(AssignmentRole.LEAD)).containsExactly("stp");
    assertThat(t.bodyIds(AssignmentRole.MONITOR)).containsExactly("vp");
  }

  @Test
  void outputs_areNormalised() {
    Task t = Task.builder().id("t").description("x").addOutput(Normalizer.normalize("Bản tin", Normalizer.Form.NFD))
        .build();
    assertThat(t.getOutputs()).containsExactly("Bản tin");
  }
}
