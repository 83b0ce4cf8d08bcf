package io.kehoach.legacy.encoding.internal;

import io.kehoach.LocalizedText;
import io.kehoach.legacy.encoding.Detection;

/** What the module's readers tell users when they convert text from a pre-Unicode encoding. */
public final class Notes {
  private Notes() {}

  /**
   * {@code what} (the text, the table…) was in {@code d}'s encoding and was converted, with the
   * confidence in per cent.
   */
  public static LocalizedText converted(Detection d, String whatVi, String whatEn) {
    String name = d.getEncoding().getDisplayName();
    String confidence = confidence(d);
    return LocalizedText.of(whatVi + " ở bảng mã cũ " + name + " đã được chuyển sang Unicode (độ tin cậy " + confidence + ")",
        whatEn + " was in the pre-Unicode encoding " + name + " and was converted to Unicode (confidence "
            + confidence + ")");
  }

  /** Bytes that are not UTF-8 were read with {@code d}'s best guess, which is not a confident one. */
  public static LocalizedText uncertain(Detection d) {
    String name = d.getEncoding().getDisplayName();
    String confidence = confidence(d);
    return LocalizedText.of("Văn bản không phải UTF-8 và không rõ bảng mã; đã đọc như " + name + " (độ tin cậy "
        + confidence + "): hãy kiểm tra dấu tiếng Việt",
        "The text is not UTF-8 and its encoding is unclear; it was read as " + name + " (confidence " + confidence
            + "): check the Vietnamese letters");
  }

  private static String confidence(Detection d) {
    return Math.round(d.getConfidence() * 100) + " %";
  }
}
