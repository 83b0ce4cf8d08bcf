package io.kehoach.legacy.edxml;

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
    return assertTimeoutPreemptively(GENEROUS, () ->
        catchThrowableOfType(() -> READER.read(xml, "hostile.edxml"), MalformedInputException.class));
  }

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
    assertThat(e.getLocation().get().getLine()).isPresent();
    assertThat(e.getLocation().get().getSource()).contains("hostile.edxml");
    assertNoSecret(e);
  }

  @Test
  void externalResources_areNeverFetched() throws IOException {
    // Anything the parser fetched from this port would be a connection waiting in the backlog.
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      malformed("<!DOCTYPE edXML SYSTEM \"" + base + "/evil.dtd\">" + envelope("x"));
      malformed("<!DOCTYPE edXML [<!ENTITY e SYSTEM \"" + base + "/e\">]>" + envelope("&e;"));
      malformed("<!DOCTYPE edXML [<!ENTITY % p SYSTEM \"" + base + "/p\"> %p;]>" + envelope("x"));
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
    assertThat(e.getLocation()).isPresent();
  }

  @Test
  void undeclaredEntityWithoutDoctype_isATypedError() {
    MalformedInputException e = malformed(envelope("&xxe;"));
    assertThat(e.getLocation().get().getLine()).hasValue(1);
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
  }

  @Test
  void deeplyNestedElements_areRefusedAtTheDepthLimit() {
    int n = 100_000;
    StringBuilder b = new StringBuilder(n * 8).append("<edXML xmlns=\"").append(NS).append("\">");
    b.append("<a>".repeat(n)).append("</a>".repeat(n)).append("</edXML>");
    MalformedInputException e = malformed(b.toString());
    assertThat(e.getMessage()).contains("nested deeper than 32");
    assertThat(e.getLocation().get().getColumn()).isPresent();
  }

  @Test
  void tooManyElements_areRefused() {
    EdXmlReader small = EdXmlReader.builder().limits(EdXmlLimits.builder().maxElements(50).build()).build();
    String xml = envelope("x").replace("<edXMLBody/>", "<edXMLBody>" + "<x/>".repeat(100) + "</edXMLBody>");
    MalformedInputException e = catchThrowableOfType(() -> small.read(xml), MalformedInputException.class);
    assertThat(e.getMessage()).contains("more than 50 elements");
  }

  @Test
  void hugeTextNode_isRefusedNamingTheElement() {
    MalformedInputException e = malformed(envelope("a".repeat(2_000_000)));
    assertThat(e.getMessage()).contains("<Subject>", "100000");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void attachmentOverTheLimit_isRefused() {
    EdXmlReader small = EdXmlReader.builder().limits(EdXmlLimits.builder().maxAttachmentBytes(1_000).build()).build();
    String xml = EdXmlReaderTest.replaceContent(EdXmlWriter.create().write(Plans.seed003()),
        Base64.getEncoder().encodeToString(new byte[3_000]));
    MalformedInputException e = catchThrowableOfType(() -> small.read(xml, "big.edxml"), MalformedInputException.class);
    assertThat(e.getMessage()).contains("larger than the limit of 1000 bytes");
    assertThat(e.getLocation().get().getLine()).isPresent();
  }

  @Test
  void envelopeOverTheDocumentLimit_isRefused() {
    EdXmlReader small = EdXmlReader.builder().limits(EdXmlLimits.builder().maxDocumentBytes(100).build()).build();
    MalformedInputException e = catchThrowableOfType(() -> small.read(envelope("x")), MalformedInputException.class);
    assertThat(e.getMessage()).contains("larger than the limit of 100 bytes");
    MalformedInputException s = catchThrowableOfType(() -> small.read(
        new java.io.ByteArrayInputStream(envelope("x").getBytes(StandardCharsets.UTF_8)), "s.edxml"),
        MalformedInputException.class);
    assertThat(s.getLocation().get().getSource()).contains("s.edxml");
  }

  @Test
  void invalidBase64_isATypedErrorAtTheAttachment() {
    String xml = EdXmlReaderTest.replaceContent(EdXmlWriter.create().write(Plans.seed003()), "not*base64!");
    MalformedInputException e = malformed(xml);
    assertThat(e.getMessage()).contains("kehoach-plan.json is not valid base64");
    assertThat(e.getLocation().get().getLine()).isPresent();
  }

  @Test
  void attachmentThatIsNotJson_isATypedErrorInsideTheAttachment() {
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
    String xml = EdXmlReaderTest.replaceContent(EdXmlWriter.create().write(Plans.seed003()),
        Base64.getEncoder().encodeToString(pdf));
    MalformedInputException e = malformed(xml);
    assertThat(e.getMessage()).startsWith("Attachment kehoach-plan.json");
    assertThat(e.getLocation().get().getSource()).contains("hostile.edxml → kehoach-plan.json");
    assertThat(e.getLocation().get().getLine()).hasValue(1);
  }

  @Test
  void truncatedXml_isATypedErrorWithLineAndColumn() {
    String xml = EdXmlWriter.create().write(Plans.seed003());
    MalformedInputException e = malformed(xml.substring(0, xml.length() / 3));
    assertThat(e.getMessage()).contains("not well-formed XML");
    assertThat(e.getLocation().get().getLine()).isPresent();
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
    MalformedInputException m = malformed("<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLBody/></edXMLEnvelope></edXML>");
    assertThat(m.getMessage()).contains("no edXMLHeader");
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
      assertThat(e.getLocation().get().getSource()).contains("junk.bin");
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
    assertThat(e.getMessage()).contains("not valid UTF-8");
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
    MalformedInputException e = catchThrowableOfType(() -> READER.read(klingon, null), MalformedInputException.class);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("unknown encoding: x-klingon");
  }

  @Test
  void processingInstructionsAndComments_areIgnored() {
    String xml = "<?xml version=\"1.0\"?><!-- c --><?pi x?>" + envelope("<!-- c -->A<![CDATA[<B>]]>");
    assertThat(READER.read(xml).getHeader().getSubject()).contains("A<B>");
  }
}
