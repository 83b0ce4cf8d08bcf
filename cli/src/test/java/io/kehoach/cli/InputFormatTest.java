package io.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void detect_byExtension_thenByContent() {
    byte[] any = "x".getBytes(StandardCharsets.UTF_8);
    assertThat(InputFormat.detect("a.json", any)).contains(InputFormat.json);
    assertThat(InputFormat.detect("a.YML", any)).contains(InputFormat.yaml);
    assertThat(InputFormat.detect("a.txt", any)).contains(InputFormat.text);
    assertThat(InputFormat.detect("<stdin>", "\uFEFF  {\"a\":1}".getBytes(StandardCharsets.UTF_8))).contains(InputFormat.json);
    assertThat(InputFormat.detect("<stdin>", "formatVersion: '1.0'\n".getBytes(StandardCharsets.UTF_8)))
        .contains(InputFormat.yaml);
    assertThat(InputFormat.detect("<stdin>", "Số: 36/KH-UBND".getBytes(StandardCharsets.UTF_8))).contains(InputFormat.text);
    assertThat(InputFormat.detect("<stdin>", new byte[0])).isEmpty();
  }
}
