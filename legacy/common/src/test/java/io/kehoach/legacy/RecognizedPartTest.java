package io.kehoach.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.Location;
import org.junit.jupiter.api.Test;

class RecognizedPartTest {

  @Test
  void ofLines_givesLineLocations() {
    RecognizedPart p = RecognizedPart.ofLines("/objectives/2", 17, 19);
    assertThat(p.fromLine()).hasValue(17);
    assertThat(p.toLine()).hasValue(19);
    assertThat(p).hasToString("/objectives/2 ← line 17 – line 19");
  }

  @Test
  void of_aRow_printsOnePlace() {
    RecognizedPart p = RecognizedPart.of("/assignments/0/tasks/3", Location.atRow(7), Location.atRow(7));
    assertThat(p.fromLine()).isEmpty();
    assertThat(p).hasToString("/assignments/0/tasks/3 ← row 7");
  }
}
