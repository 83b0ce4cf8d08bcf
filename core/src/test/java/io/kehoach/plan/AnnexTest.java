package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnexTest {

  @Test
  void annex_listsTasksById() {
    Annex a = Annex.builder().id("pl1").label("Phụ lục I").title("Danh mục nhiệm vụ").addTaskIds("t1", "t2").build();
    assertThat(a.getTaskIds()).containsExactly("t1", "t2");
    assertThat(a.getText()).isEmpty();
  }
}
