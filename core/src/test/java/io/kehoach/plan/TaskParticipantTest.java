package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskParticipantTest {

  @Test
  void factories_setRole() {
    assertThat(TaskParticipant.lead("stp").getRole()).isEqualTo(AssignmentRole.LEAD);
    assertThat(TaskParticipant.coordinate("stp").getRole()).isEqualTo(AssignmentRole.COORDINATE);
    assertThat(TaskParticipant.lead("stp")).isEqualTo(TaskParticipant.of("stp", AssignmentRole.LEAD))
        .hasToString("lead:stp");
  }
}
