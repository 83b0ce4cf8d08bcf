package io.kehoach.legacy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * The five seed documents of the project ({@code shared/seeds/}), for the tests of the format
 * modules: {@code 003} is the official text of Kế hoạch 36/KH-UBND of Bình Phước (16 February 2017),
 * the others press articles about similar plans. Read from this artifact's resources, so that a test
 * in any module (on the class path or the module path) finds them.
 */
public final class Seeds {
  private Seeds() {}

  /** The file names of the seeds, in order. */
  public static final List<String> NAMES = List.of("000_2890048806d2c790.txt", "001_034941025d401579.txt",
      "002_85e0e6a2eab08a47.txt", "003_338ae78fb495c782.txt", "004_062a52863d0809ee.txt");

  /** The bytes of the seed whose name starts with {@code prefix} ({@code "003"}). */
  public static byte[] bytes(String prefix) {
    for (String name : NAMES) {
      if (name.startsWith(prefix)) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
          if (in == null) {
            throw new IllegalStateException("The seed " + name + " is missing from the test fixtures");
          }
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalArgumentException("No seed starts with " + prefix);
  }

  /** The text of the seed whose name starts with {@code prefix}, as stored (UTF-8). */
  public static String text(String prefix) {
    return new String(bytes(prefix), StandardCharsets.UTF_8);
  }

  /** The text of the seed, in NFC. */
  public static String nfc(String prefix) {
    return Normalizer.normalize(text(prefix), Normalizer.Form.NFC);
  }
}
