package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssignmentTest {

  @Test
  void role_defaultsToLead() {
    assertThat(Assignment.builder().id("a").bodyId("stp").build().getRole()).isEqualTo(AssignmentRole.LEAD);
  }

  @Test
  void leadsOf_inheritsAssignmentBodyWhenTaskNamesNoLead() {
    Task plain = Task.of("t1", "Theo dõi việc triển khai");
    Task led = Task.builder().id("t2").description("Xây dựng chuyên mục").addParticipant(TaskParticipant.lead("bao"))
        .addParticipant(TaskParticipant.coordinate("stp")).build();
    Assignment a = Assignment.builder().id("a").bodyId("stp").addTask(plain).addTask(led).build();
    assertThat(a.leadsOf(plain)).containsExactly("stp");
    assertThat(a.leadsOf(led)).containsExactly("bao");
  }

  @Test
  void leadsOf_coordinatingAssignment_givesNoLeadOfItsOwn() {
    Assignment a = Assignment.builder().id("a").bodyId("bao").role(AssignmentRole.COORDINATE)
        .addTask(Task.of("t", "Đưa tin")).build();
    assertThat(a.leadsOf(a.getTasks().get(0))).isEmpty();
  }

  @Test
  void bodyId_isRequired() {
    assertThatThrownBy(() -> Assignment.builder().id("a").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bodyId");
  }
}
