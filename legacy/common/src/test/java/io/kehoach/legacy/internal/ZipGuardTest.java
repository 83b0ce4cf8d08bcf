package io.kehoach.legacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Archives written for the tests. */
class ZipGuardTest {
  private static final String[] WHAT = {"Tệp Word", "The Word file"};

  private static byte[] zip(int entries, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < entries; i++) {
        z.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void anOrdinaryArchive_passes() throws IOException {
    byte[] text = "<w:t>Kế hoạch truyền thông cải cách hành chính</w:t>".repeat(200).getBytes(StandardCharsets.UTF_8);
    assertThatCode(() -> ZipGuard.check(zip(12, text), InputLimits.defaults(), "a.docx", WHAT)).doesNotThrowAnyException();
  }

  @Test
  void aZipBomb_isRefusedByItsInflateRatio_namingTheEntry() throws IOException {
    byte[] zeros = new byte[10 << 20];
    assertThatThrownBy(() -> ZipGuard.check(zip(1, zeros), InputLimits.defaults(), "bomb.docx", WHAT))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.getLimit()).isEqualTo("maxInflateRatio");
          assertThat(e.getLocation().get().getSource()).hasValue("bomb.docx");
          assertThat(e.getLocation().get().getPointer()).hasValue("/word/part0.xml");
          assertThat(e.getMessage()).contains("word/part0.xml");
        });
  }

  @Test
  void anEntryPastTheEmbeddedLimit_isRefusedWhileInflating() throws IOException {
    byte[] noise = new byte[300_000];
    new java.util.Random(7).nextBytes(noise);
    InputLimits small = InputLimits.builder().maxEmbeddedBytes(100_000).build();
    assertThatThrownBy(() -> ZipGuard.check(zip(1, noise), small, null, WHAT))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxEmbeddedBytes"));
  }

  @Test
  void tooManyEntries_isRefused() throws IOException {
    InputLimits few = InputLimits.builder().maxEntries(5).build();
    assertThatThrownBy(() -> ZipGuard.check(zip(6, new byte[] {1}), few, null, WHAT))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxEntries"));
  }

  @Test
  void bytesThatAreNoArchive_orATruncatedOne_areMalformed() throws IOException {
    assertThatThrownBy(() -> ZipGuard.check("not a zip".getBytes(StandardCharsets.UTF_8), InputLimits.defaults(), "x.docx", WHAT))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("The Word file");
    byte[] whole = zip(3, "<a/>".repeat(5000).getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(whole, whole.length / 3);
    assertThatThrownBy(() -> ZipGuard.check(cut, InputLimits.defaults(), "x.docx", WHAT))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> ZipGuard.check(new byte[0], InputLimits.defaults(), null, WHAT))
        .isInstanceOf(MalformedInputException.class);
  }
}
