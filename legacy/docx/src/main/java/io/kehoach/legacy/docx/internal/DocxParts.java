package io.kehoach.legacy.docx.internal;

import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parts of a {@code .docx} a reader needs, parsed into the JDK's DOM: the main document and,
 * by the relationships of the main document in their order, its styles, numbering, headers,
 * footers, footnotes, endnotes and comments. POI's package layer (OPC) opens the archive and
 * follows the relationships; the parts are parsed here rather than through POI's XMLBeans user
 * model, which costs about twice the whole rest of an import, and which a reader does not need.
 *
 * <p>The parser is the JDK's own ({@link DocumentBuilderFactory#newDefaultInstance()}), namespace
 * aware, with secure processing on, any DOCTYPE refused (so no entity, internal or external, is
 * ever expanded), no XInclude, and the nesting of elements bounded ({@link #maxElementDepth}), so
 * that the recursive walk over the tree cannot exhaust the stack.
 */
public final class DocxParts {
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String MAIN = R + "officeDocument";
  private static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
  private static final Set<String> WORD_TYPES = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      "application/vnd.ms-word.document.macroEnabled.main+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
      "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

  /** The root element ({@code w:document}) of the main part. */
  final Element document;
  final @Nullable Element styles;
  final @Nullable Element numbering;
  final @Nullable Element comments;
  /** Headers and footers, then footnotes and endnotes: the roots of their parts, in the main part's order. */
  final List<Element> headers = new ArrayList<>();
  final List<Element> footers = new ArrayList<>();
  final List<Element> notes = new ArrayList<>();

  /** Why a file cannot be read as a Word document, in both languages; the reader turns it into its error. */
  public static final class NotWord extends Exception {
    private static final long serialVersionUID = 1L;
    private final String vi;
    private final boolean tooDeep;

    NotWord(String vi, String en, boolean tooDeep, @Nullable Throwable cause) {
      super(en, cause);
      this.vi = vi;
      this.tooDeep = tooDeep;
    }

    /** The reason in Vietnamese. */
    public String vietnamese() {
      return vi;
    }

    /** Whether the reason is elements nested past {@link #maxElementDepth}. */
    public boolean tooDeep() {
      return tooDeep;
    }
  }

  private DocxParts(Element document, @Nullable Element styles,
      @Nullable Element numbering, @Nullable Element comments) {
    this.document = document;
    this.styles = styles;
    this.numbering = numbering;
    this.comments = comments;
  }

  /**
   * The deepest nesting of XML elements read: room for {@code maxDepth} tables in tables (each a
   * table, a row, a cell, a paragraph and the content controls around them) and the drawings that
   * hold text boxes.
   */
  static int maxElementDepth(InputLimits limits) {
    return 64 + 8 * limits.getMaxDepth();
  }

  /**
   * Opens {@code bytes}, already checked by {@code ZipGuard}.
   *
   * @throws NotWord if the bytes are not a package, the package has no Word main part, or a part is
   *     not well-formed XML
   * @throws IOException if the archive cannot be read
   */
  public static DocxParts open(byte[] bytes, InputLimits limits) throws NotWord, IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (InvalidFormatException e) {
      throw new NotWord("tệp bị hỏng hoặc không phải văn bản Word: không phải gói Office Open XML (" + e.getMessage() + ")",
          "it is damaged or not a Word document: not an Office Open XML package (" + e.getMessage() + ")", false, e);
    }
    try {
      return read(pkg, parser(limits));
    } finally {
      pkg.revert(); // closes without writing anything back
    }
  }

  private static DocxParts read(OPCPackage pkg, DocumentBuilder parser) throws NotWord, IOException {
    PackageRelationshipCollection mains = pkg.getRelationshipsByType(MAIN);
    if (mains.isEmpty()) {
      if (!pkg.getRelationshipsByType(STRICT_MAIN).isEmpty()) {
        throw new NotWord("tệp được lưu ở dạng Strict Open XML, chưa được hỗ trợ: hãy lưu lại ở dạng Word Document (.docx)",
            "the file is saved as Strict Open XML, which is not supported: save it again as a Word Document (.docx)",
            false, null);
      }
      throw new NotWord("tệp không phải văn bản Word: gói không có phần văn bản chính",
          "it is not a Word document: the package has no main document part", false, null);
    }
    PackagePart main = pkg.getPart(mains.getRelationship(0));
    if (main == null || !WORD_TYPES.contains(main.getContentType())) {
      throw new NotWord("tệp không phải văn bản Word: phần chính của gói có kiểu khác"
          + (main == null ? "" : " (" + main.getContentType() + ")"), "it is not a Word document: the main part of the package is of another type"
          + (main == null ? "" : " (" + main.getContentType() + ")"), false, null);
    }
    Element document = parse(parser, main);
    Element styles = null;
    Element numbering = null;
    Element comments = null;
    List<Element> headers = new ArrayList<>();
    List<Element> footers = new ArrayList<>();
    List<Element> footnotes = new ArrayList<>();
    List<Element> endnotes = new ArrayList<>();
    PackageRelationshipCollection rels;
    try {
      rels = main.getRelationships();
    } catch (InvalidFormatException e) {
      throw new NotWord("không đọc được quan hệ của phần chính", "the relationships of the main part cannot be read", false, e);
    }
    for (PackageRelationship rel : rels) {
      if (rel.getTargetMode() == TargetMode.EXTERNAL || !rel.getRelationshipType().startsWith(R)) {
        continue;
      }
      String type = rel.getRelationshipType().substring(R.length());
      switch (type) {
        case "styles":
          styles = styles != null ? styles : related(parser, main, rel);
          break;
        case "numbering":
          numbering = numbering != null ? numbering : related(parser, main, rel);
          break;
        case "comments":
          comments = comments != null ? comments : related(parser, main, rel);
          break;
        case "header":
          add(headers, related(parser, main, rel));
          break;
        case "footer":
          add(footers, related(parser, main, rel));
          break;
        case "footnotes":
          add(footnotes, related(parser, main, rel));
          break;
        case "endnotes":
          add(endnotes, related(parser, main, rel));
          break;
        default:
          break;
      }
    }
    DocxParts parts = new DocxParts(document, styles, numbering, comments);
    parts.headers.addAll(headers);
    parts.footers.addAll(footers);
    parts.notes.addAll(footnotes);
    parts.notes.addAll(endnotes);
    return parts;
  }

  private static void add(List<Element> into, @Nullable Element e) {
    if (e != null) {
      into.add(e);
    }
  }

  private static @Nullable Element related(DocumentBuilder parser, PackagePart main, PackageRelationship rel)
      throws NotWord, IOException {
    PackagePart part;
    try {
      part = main.getRelatedPart(rel);
    } catch (InvalidFormatException | IllegalArgumentException e) {
      return null; // a relationship to a part that is not there: Word itself opens such a file
    }
    return part == null ? null : parse(parser, part);
  }

  private static Element parse(DocumentBuilder parser, PackagePart part) throws NotWord, IOException {
    try (InputStream in = part.getInputStream()) {
      Element root = parser.parse(new InputSource(in)).getDocumentElement();
      if (root == null) {
        throw new NotWord("phần " + part.getPartName().getName() + " trống", "the part " + part.getPartName().getName()
            + " is empty", false, null);
      }
      return root;
    } catch (SAXException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean deep = detail.contains("maxElementDepth");
      String where = part.getPartName().getName()
          + (e instanceof SAXParseException ? ":" + ((SAXParseException) e).getLineNumber() : "");
      throw new NotWord("phần " + where + " không phải XML hợp lệ (" + detail + ")",
          "the part " + where + " is not well-formed XML (" + detail + ")", deep, e);
    }
  }

  private static DocumentBuilder parser(InputLimits limits) throws IOException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IOException("the JDK's XML parser refuses a safety feature", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setAttribute("jdk.xml.maxElementDepth", Integer.toString(maxElementDepth(limits)));
    try {
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // not an error
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      b.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external resource refused: " + systemId);
      });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IOException("the JDK's XML parser cannot be configured", e);
    }
  }
}
