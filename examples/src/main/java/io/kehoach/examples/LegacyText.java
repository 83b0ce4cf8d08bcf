package io.kehoach.examples;

import io.kehoach.legacy.encoding.Detection;
import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.legacy.encoding.LegacyEncodings;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.TextImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's pre-Unicode example: tell which old encoding a text is in and convert it; encode
 * back for a system that still needs VNI; import a plan typed in an old encoding.
 */
public final class LegacyText {
  private LegacyText() {}

  /** Prints the detections, the conversions and the import's warning. */
  public static void main(String[] args) throws IOException {
    String binhPhuoc;
    try (InputStream in = LegacyText.class.getResourceAsStream("/plans/binh-phuoc-2017.txt")) {
      binhPhuoc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // README:begin
    // What a .VnTime (TCVN3) document shows when its text is copied today:
    Detection d = LegacyEncodings.detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam");
    System.out.println(d.getEncoding() + " " + d.getText());  // TCVN3 Cộng hoà xã hội chủ nghĩa Việt Nam

    byte[] vni = LegacyEncoding.VNI.encode("Kế hoạch truyền thông");
    System.out.println(LegacyEncoding.VNI.decode(vni));        // Kế hoạch truyền thông

    // A plan saved in VNI bytes imports as its Unicode text does, with a warning saying so.
    TextImport imported = PlanTextImporter.create().read(LegacyEncoding.VNI.encode(binhPhuoc), "36.txt");
    // README:end
    System.out.println(new String(vni, StandardCharsets.ISO_8859_1));
    System.out.println(imported.getConvertedFrom().orElseThrow() + ": " + imported.planOrThrow().getNumber().orElseThrow());
    System.out.println(imported.getDiagnostics().get(0).getMessage().en());
  }
}
