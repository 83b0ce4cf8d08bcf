package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.text.TextImport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The text recogniser: the stages in their order over one document (see the package
 * documentation of {@code io.kehoach.legacy.text} for what each reads and writes). Stateless and
 * thread-safe; each call makes its own {@link Work}.
 */
public final class Pipeline {
  private static final List<Stage> FIND = List.of(new Unflatten(), new Clean(), new Segment(), new Triage());
  private static final List<Stage> RECOGNISE = List.of(new Head(), new Decision(), new Subject(), new LegalBasis(),
      new Body(), new Closing(), new Annexes());

  private Pipeline() {}

  /** Imports a document that a reader (or an application) made. */
  public static TextImport run(Document document, @Nullable String source) {
    return imported(LoneSurrogates.repair(document), source);
  }

  private static TextImport imported(Document document, @Nullable String source) {
    TextImport result = recognise(document, source);
    if (document.getNotes().isEmpty()) {
      return result;
    }
    // What the document's reader noticed comes first: it is about the file, before its content.
    return TextImport.builder().from(result).diagnostics(document.getNotes())
        .addAllDiagnostics(result.getDiagnostics()).build();
  }

  private static TextImport recognise(Document document, @Nullable String source) {
    Work w = new Work(document, source != null ? source : document.getSource().orElse(null));
    for (Stage s : FIND) {
      s.apply(w);
    }
    if (w.kind == DocumentKind.PRESS_SUMMARY) {
      return PressSummary.apply(w);
    }
    if (w.kind == DocumentKind.NOT_A_PLAN) {
      return TextImport.builder().source(Optional.ofNullable(w.source)).kind(DocumentKind.NOT_A_PLAN).build();
    }
    for (Stage s : RECOGNISE) {
      s.apply(w);
    }
    return Assemble.apply(w);
  }

  /** Imports plain text. */
  public static TextImport run(String text, @Nullable String source) {
    // PlainText repairs lone surrogates itself, from the NFC check it makes anyway.
    return imported(PlainText.read(text, source), source);
  }
}
