package io.kehoach.legacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.LocalizedText;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {
  private static final InputLimits SMALL = InputLimits.builder().maxBytes(10).maxLines(3).maxLineLength(5).build();

  @Test
  void readAll_stream_withinTheLimit_returnsEveryByte() throws IOException {
    byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(BoundedInput.readAll(new ByteArrayInputStream(ten), SMALL, "x")).isEqualTo(ten);
  }

  @Test
  void readAll_stream_pastTheLimit_namesTheLimitAndTheSource() {
    byte[] eleven = "0123456789A".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> BoundedInput.readAll(new ByteArrayInputStream(eleven), SMALL, "big.txt"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.getLimit()).isEqualTo("maxBytes");
          assertThat(e.getValue()).isEqualTo(10);
          assertThat(e.getMessage()).isEqualTo("The input is over the limit maxBytes = 10 bytes (big.txt)");
          assertThat(e.getMessage(LocalizedText.VIETNAMESE)).isEqualTo("Đầu vào vượt giới hạn maxBytes = 10 byte (big.txt)");
        });
  }

  @Test
  void readAll_reader_pastTheLimit_isRefused() {
    assertThatThrownBy(() -> BoundedInput.readAll(new StringReader("x".repeat(11)), SMALL, null))
        .isInstanceOf(InputLimitException.class).hasMessage("The input is over the limit maxBytes = 10 bytes");
  }

  @Test
  void readAll_path_overTheLimit_isRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = Files.write(dir.resolve("big.txt"), new byte[1000]);
    assertThatThrownBy(() -> BoundedInput.readAll(big, SMALL, "big.txt")).isInstanceOf(InputLimitException.class);
  }

  @Test
  void checkText_aLongLine_namesTheLimitLineAndColumn() {
    assertThatThrownBy(() -> BoundedInput.checkText("ab\nabcdef", SMALL, "t.txt"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.getLimit()).isEqualTo("maxLineLength");
          assertThat(e.getLocation().get().getLine()).hasValue(2);
          assertThat(e.getLocation().get().getColumn()).hasValue(6);
          assertThat(e.getMessage(Locale.ENGLISH)).contains("maxLineLength = 5 characters", "line 2");
        });
  }

  @Test
  void checkText_tooManyLines_namesTheFirstLinePastTheLimit() {
    assertThatThrownBy(() -> BoundedInput.checkText("a\nb\r\nc\rd", SMALL, null))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.getLimit()).isEqualTo("maxLines");
          assertThat(e.getLocation().get().getLine()).hasValue(4);
        });
  }

  @Test
  void checkText_tooManyLinesEndingInLineFeeds_namesTheFirstLinePastTheLimit() {
    assertThatThrownBy(() -> BoundedInput.checkText("a\nb\nc\nd", SMALL, null))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLocation().get().getLine()).hasValue(4));
    assertThatCode(() -> BoundedInput.checkText("a\nb\nc\n", SMALL, null)).doesNotThrowAnyException();
    assertThatCode(() -> BoundedInput.checkText("\n\n\n", SMALL, null)).doesNotThrowAnyException();
  }

  @Test
  void checkText_atTheLimits_isAccepted() {
    assertThatCode(() -> BoundedInput.checkText("abcde\nb\n", SMALL, null)).doesNotThrowAnyException();
    assertThatCode(() -> BoundedInput.checkText("", SMALL, null)).doesNotThrowAnyException();
  }

  @Test
  void name_isTheFileName() {
    assertThat(BoundedInput.name(Path.of("/tmp/plans/36-KH-UBND.txt"))).isEqualTo("36-KH-UBND.txt");
  }
}
