package io.kehoach.legacy.edxml;

import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kehoach.KehoachException;
import io.kehoach.MalformedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Envelopes written to attack or break the reader: each gives a typed error with a location, never a raw exception. */
class EdXmlHostileInputTest {
  private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
  private static final String SECRET = "kehoach-secret-7f3a9c";
  private static final EdXmlReader READER = EdXmlReader.create();
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  /** A minimal envelope whose Subject is {@code subject} (inserted raw). */
  static String envelope(String subject) {
    return "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader>"
        + "<From><OrganName>UBND TỈNH X</OrganName></From><Subject>" + subject + "</Subject>"
        + "</MessageHeader></edXMLHeader><edXMLBody/></edXMLEnvelope></edXML>";
  }

  private static MalformedInputException malformed(String xml) {
    MalformedInputException e = assertTimeoutPreemptively(GENEROUS, () ->
        catchThrowableOfType(() -> READER.read(xml, "hostile.edxml"), MalformedInputException.class));
    return typed(e, "hostile.edxml", true);
  }

  /**
   * What every hostile-input error promises: the type (catchThrowableOfType gives null when nothing
   * is thrown), a location in the named source or an attachment of it (with a line where {@code line}: an error about the
   * whole envelope, such as its size, has none), and a message in both languages.
   */
  static MalformedInputException typed(MalformedInputException e, String source, boolean line) {
    assertThat(e).as("a MalformedInputException").isNotNull();
    assertThat(e.getLocation()).as("a location").isPresent();
    // In the envelope, or in one of its attachments ("hostile.edxml → kehoach-plan.json").
    assertThat(e.getLocation().get().getSource()).hasValueSatisfying(s -> assertThat(s).startsWith(source));
    if (line) {
      assertThat(e.getLocation().get().getLine()).as("a line").isPresent();
    }
    assertThat(e.getText().en()).isNotBlank();
    assertThat(e.getText().vi()).isNotBlank().isNotEqualTo(e.getText().en());
    return e;
  }

  private static final String DOCTYPE_VI = "khai báo DOCTYPE, không được phép";

  private static void assertNoSecret(KehoachException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
    }
    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).doesNotContain(SECRET);
  }

  @Test
  void sanity_theMinimalEnvelopeReads() {
    assertThat(READER.read(envelope("Kế hoạch &amp; &lt;thử&gt; &#x41;")).getHeader().getSubject())
        .contains("Kế hoạch & <thử> A");
  }

  @Test
  void externalEntity_isRefused_andTheFileIsNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE edXML [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + envelope("&xxe;");
    MalformedInputException e = malformed(xml);
    assertThat(e.getMessage()).contains("DOCTYPE");
    assertThat(e.getText().vi()).contains(DOCTYPE_VI);
    assertThat(e.getLocation().get().getLine()).hasValue(2);
    assertNoSecret(e);
  }

  @Test
  void externalResources_areNeverFetched() throws IOException {
    // Anything the parser fetched from this port would be a connection waiting in the backlog.
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      for (String xml : new String[] {"<!DOCTYPE edXML SYSTEM \"" + base + "/evil.dtd\">" + envelope("x"),
          "<!DOCTYPE edXML [<!ENTITY e SYSTEM \"" + base + "/e\">]>" + envelope("&e;"),
          "<!DOCTYPE edXML [<!ENTITY % p SYSTEM \"" + base + "/p\"> %p;]>" + envelope("x")}) {
        assertThat(malformed(xml).getMessage()).as(xml).contains("DOCTYPE");
      }
      // XInclude is not processed: the element is an unknown child, the Subject is empty.
      assertThat(READER.read(envelope("x").replace("<edXML ", "<edXML xmlns:xi=\"http://www.w3.org/2001/XInclude\" ")
          .replace("<Subject>x</Subject>", "<Subject><xi:include href=\"" + base + "/i\"/></Subject>"))
          .getHeader().getSubject()).isEmpty();
      server.setSoTimeout(300);
      assertThat(org.assertj.core.api.Assertions.catchThrowable(server::accept))
          .isInstanceOf(java.net.SocketTimeoutException.class);
    }
  }

  @Test
  void externalDtd_isRefused(@TempDir Path dir) throws IOException {
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY leak \"" + SECRET + "\">");
    MalformedInputException e = malformed("<!DOCTYPE edXML SYSTEM \"" + dtd.toUri() + "\">" + envelope("&leak;"));
    assertThat(e.getMessage()).contains("DOCTYPE");
    assertThat(e.getText().vi()).contains(DOCTYPE_VI);
    assertThat(e.getLocation().get().getLine()).hasValue(1);
    assertNoSecret(e);
  }

  @Test
  void parameterEntity_isRefused(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    String xml = "<!DOCTYPE edXML [<!ENTITY % file SYSTEM \"" + secret.toUri() + "\">"
        + "<!ENTITY % eval \"<!ENTITY &#x25; exfil SYSTEM 'http://127.0.0.1:9/?%file;'>\">%eval;%exfil;]>"
        + envelope("x");
    MalformedInputException e = malformed(xml);
    assertNoSecret(e);
    assertThat(e.getMessage()).contains("DOCTYPE");
    assertThat(e.getText().vi()).contains(DOCTYPE_VI);
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void undeclaredEntityWithoutDoctype_isATypedError() {
    MalformedInputException e = malformed(envelope("&xxe;"));
    assertThat(e.getLocation().get().getLine()).hasValue(1);
    assertThat(e.getLocation().get().getColumn()).isPresent();
    assertThat(e.getMessage()).contains("xxe");
    assertThat(e.getText().vi()).contains("xxe");
  }

  @Test
  void billionLaughs_isRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    MalformedInputException e = malformed(dtd + envelope("&lol10;"));
    assertThat(e.getMessage()).contains("DOCTYPE");
    assertThat(e.getText().vi()).contains(DOCTYPE_VI);
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void deeplyNestedElements_areRefusedAtTheDepthLimit() {
    int n = 100_000;
    StringBuilder b = new StringBuilder(n * 8).append("<edXML xmlns=\"").append(NS).append("\">");
    b.append("<a>".repeat(n)).append("</a>".repeat(n)).append("</edXML>");
    MalformedInputException e = malformed(b.toString());
    assertThat(e.getMessage()).contains("nested deeper than 32");
    assertThat(e.getText().vi()).contains("lồng nhau quá 32 cấp");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
    assertThat(e.getLocation().get().getColumn()).isPresent();
  }

  @Test
  void tooManyElements_areRefused() {
    EdXmlReader small = EdXmlReader.builder().limits(InputLimits.builder().maxElements(50).build()).build();
    String xml = envelope("x").replace("<edXMLBody/>", "<edXMLBody>" + "<x/>".repeat(100) + "</edXMLBody>");
    MalformedInputException e = typed(catchThrowableOfType(() -> small.read(xml, "many.edxml"), MalformedInputException.class),
        "many.edxml", true);
    assertThat(e.getMessage()).contains("more than 50 elements");
    assertThat(e.getText().vi()).contains("quá 50 phần tử");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void hugeTextNode_isRefusedNamingTheElement() {
    MalformedInputException e = malformed(envelope("a".repeat(2_000_000)));
    assertThat(e.getMessage()).contains("<Subject>", "100000");
    assertThat(e.getText().vi()).contains("<Subject>", "100000 ký tự");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void attachmentOverTheLimit_isRefused() {
    EdXmlReader small = EdXmlReader.builder().limits(InputLimits.builder().maxEmbeddedBytes(1_000).build()).build();
    String xml = EdXmlReaderTest.replaceContent(EdXmlWriter.create().write(Plans.seed003()),
        Base64.getEncoder().encodeToString(new byte[3_000]));
    MalformedInputException e = typed(catchThrowableOfType(() -> small.read(xml, "big.edxml"), MalformedInputException.class),
        "big.edxml", true);
    assertThat(e).isInstanceOfSatisfying(InputLimitException.class,
        l -> assertThat(l.getLimit()).isEqualTo("maxEmbeddedBytes"));
    assertThat(e.getMessage()).contains("larger than the limit maxEmbeddedBytes = 1000 bytes");
  }

  @Test
  void envelopeOverTheDocumentLimit_isRefused() {
    EdXmlReader small = EdXmlReader.builder().limits(InputLimits.builder().maxBytes(100).build()).build();
    // The size is the whole envelope's: the location is the source, without a line.
    MalformedInputException e = typed(catchThrowableOfType(() -> small.read(envelope("x"), "e.edxml"),
        MalformedInputException.class), "e.edxml", false);
    assertThat(e).isInstanceOfSatisfying(InputLimitException.class, l -> assertThat(l.getLimit()).isEqualTo("maxBytes"));
    assertThat(e.getMessage()).contains("over the limit maxBytes = 100 bytes");
    assertThat(e.getText().vi()).contains("vượt giới hạn maxBytes = 100 byte");
    MalformedInputException s = typed(catchThrowableOfType(() -> small.read(
        new java.io.ByteArrayInputStream(envelope("x").getBytes(StandardCharsets.UTF_8)), "s.edxml"),
        MalformedInputException.class), "s.edxml", false);
    assertThat(s.getMessage()).contains("over the limit maxBytes = 100 bytes");
  }

  @Test
  void invalidBase64_isATypedErrorAtTheAttachment() {
    String xml = EdXmlReaderTest.replaceContent(EdXmlWriter.create().write(Plans.seed003()), "not*base64!");
    MalformedInputException e = malformed(xml);
    assertThat(e.getMessage()).contains("kehoach-plan.json is not valid base64");
    assertThat(e.getText().vi()).contains("kehoach-plan.json");
  }

  @Test
  void attachmentThatIsNotJson_isATypedErrorInsideTheAttachment() {
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
    String xml = EdXmlReaderTest.replaceContent(EdXmlWriter.create().write(Plans.seed003()),
        Base64.getEncoder().encodeToString(pdf));
    MalformedInputException e = malformed(xml);
    assertThat(e.getMessage()).startsWith("Attachment kehoach-plan.json");
    assertThat(e.getText().vi()).startsWith("Tệp đính kèm kehoach-plan.json");
    assertThat(e.getLocation().get().getSource()).contains("hostile.edxml → kehoach-plan.json");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void truncatedXml_isATypedErrorWithLineAndColumn() {
    String xml = EdXmlWriter.create().write(Plans.seed003());
    MalformedInputException e = malformed(xml.substring(0, xml.length() / 3));
    assertThat(e.getMessage()).contains("not well-formed XML");
    assertThat(e.getText().vi()).contains("không phải XML hợp lệ");
    assertThat(e.getLocation().get().getColumn()).isPresent();
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void wrongNamespace_isATypedError() {
    MalformedInputException e = malformed(envelope("x").replace(NS, "http://www.e-doc.vn/Schema/"));
    assertThat(e.getMessage()).contains("Wrong namespace", "http://www.e-doc.vn/Schema/");
    assertThat(e.getText().vi()).contains("Sai không gian tên");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void notAnEnvelope_isATypedError() {
    MalformedInputException e = malformed("<html><body>hello</body></html>");
    assertThat(e.getMessage()).contains("Not an edXML envelope", "<html>");
    assertThat(e.getText().vi()).contains("Không phải phong bì edXML", "<html>");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
    MalformedInputException m = malformed("<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLBody/></edXMLEnvelope></edXML>");
    assertThat(m.getMessage()).contains("no edXMLHeader");
    assertThat(m.getText().vi()).contains("thiếu phần tử edXMLHeader");
  }

  @Test
  void nonXmlBytes_areATypedError() {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    for (byte[] input : new byte[][] {bytes, "%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII),
        "{\"formatVersion\":\"1.0\"}".getBytes(StandardCharsets.US_ASCII), new byte[0], "   ".getBytes(StandardCharsets.US_ASCII)}) {
      MalformedInputException e = assertTimeoutPreemptively(GENEROUS,
          () -> catchThrowableOfType(() -> READER.read(input, "junk.bin"), MalformedInputException.class));
      assertThat(e).as("input of %d bytes", input.length).isNotNull();
      // Empty and blank input has no line to name; the others name where the parser stopped.
      typed(e, "junk.bin", input.length > 3);
    }
  }

  @Test
  void invalidUtf8_isATypedErrorAtItsLine_andNothingIsPrinted() {
    // "\n\n  ab" then 0xC3 0x28 (a lead byte without its continuation) inside the Subject: line 3, column 5.
    String[] parts = envelope("Kế hoạch\n\n  ab|").split("\\|");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
    b.write(0xC3);
    b.write(0x28);
    b.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
    byte[] bytes = b.toByteArray();
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    MalformedInputException e;
    try {
      e = catchThrowableOfType(() -> READER.read(bytes, "bad.edxml"), MalformedInputException.class);
    } finally {
      System.setErr(err);
    }
    typed(e, "bad.edxml", true);
    assertThat(e.getMessage()).contains("not valid UTF-8");
    assertThat(e.getText().vi()).contains("không phải văn bản UTF-8 hợp lệ");
    assertThat(e.getLocation().get().getLine()).hasValue(3);
    assertThat(e.getLocation().get().getColumn()).hasValue(5);
    assertThat(printed.size()).isZero();
  }

  @Test
  void declaredEncodings_areHonoured_andAnUnknownOneIsATypedError() {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + envelope("caf\u00e9");
    assertThat(READER.read(xml.getBytes(StandardCharsets.ISO_8859_1), null).getHeader().getSubject()).contains("café");
    assertThat(READER.read(("\uFEFF" + envelope("Kế hoạch")).getBytes(StandardCharsets.UTF_16LE), null)
        .getHeader().getSubject()).contains("Kế hoạch");
    // Bytes: the declaration names their encoding. (A string is already characters: its declaration
    // is ignored, see EdXmlReaderTest.read_string_ignoresTheEncodingItsDeclarationNames.)
    byte[] klingon = ("<?xml version=\"1.0\" encoding=\"x-klingon\"?>" + envelope("x")).getBytes(StandardCharsets.UTF_8);
    MalformedInputException e = typed(catchThrowableOfType(() -> READER.read(klingon, "k.edxml"),
        MalformedInputException.class), "k.edxml", true);
    assertThat(e.getMessage()).contains("unknown encoding: x-klingon");
    assertThat(e.getText().vi()).contains("bảng mã không biết: x-klingon");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
    assertThat(e.getLocation().get().getColumn()).hasValue(31);
  }

  @Test
  void processingInstructionsAndComments_areIgnored() {
    String xml = "<?xml version=\"1.0\"?><!-- c --><?pi x?>" + envelope("<!-- c -->A<![CDATA[<B>]]>");
    assertThat(READER.read(xml).getHeader().getSubject()).contains("A<B>");
  }
}
