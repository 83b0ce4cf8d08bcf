package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientTest {

  @Test
  void archive_isMarked() {
    assertThat(Recipient.archive("VT, NC (KH03)").isArchive()).isTrue();
    assertThat(Recipient.of("Văn phòng Chính phủ").isArchive()).isFalse();
    assertThat(Recipient.of("Văn phòng Chính phủ").getPurpose()).isEmpty();
    assertThat(Recipient.of("Báo Bình Phước", RecipientPurpose.TO_ACT).getPurpose()).contains(RecipientPurpose.TO_ACT);
  }
}
