package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to another document, as a plan cites it in its legal basis or names the decision
 * that issued it: {@code Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ
 * tục hành chính}.
 *
 * <p>The citation as written is always kept; its parts (number, type, date, issuer, subject) are
 * there when known. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DocumentReference implements WithDocumentReference {
  DocumentReference() {}

  /** The citation as written, such as {@code "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ"}. */
  @NotBlank
  @PlainText
  @Size(max = Limits.LINE)
  public abstract String getCitation();

  /** The number and symbol, such as {@code 63/2010/NĐ-CP}. */
  public abstract Optional<DocumentNumber> getNumber();

  /** The type of the document, such as {@link DocumentType#DECREE}. */
  public abstract Optional<DocumentType> getDocumentType();

  /** The date of issue. */
  public abstract Optional<LocalDate> getIssueDate();

  /** The issuer, such as {@code "Chính phủ"}. */
  public abstract Optional<String> getIssuer();

  /** The subject (trích yếu), such as {@code "về kiểm soát thủ tục hành chính"}. */
  public abstract Optional<String> getSubject();

  @Value.Check
  DocumentReference normalize() {
    if (Text.isNfc(getCitation()) && Text.isNfc(getIssuer()) && Text.isNfc(getSubject())) {
      return this;
    }
    return ImmutableDocumentReference.copyOf(this).withCitation(Text.nfc(getCitation()))
        .withIssuer(Text.nfc(getIssuer())).withSubject(Text.nfc(getSubject()));
  }

  /** A reference known only by its citation. */
  public static DocumentReference of(String citation) {
    return builder().citation(citation).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentReference}. */
  public static final class Builder extends ImmutableDocumentReference.Builder {}
}
