package io.kehoach.legacy.edxml;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.DocumentNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The message header of an edXML envelope ({@code edXMLHeader/MessageHeader}): who sends the
 * document to whom, and the document's identity. For the Bình Phước plan: From
 * {@code ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC}, CodeNumber {@code 36}, CodeNotation {@code KH-UBND},
 * Place {@code Bình Phước}, PromulgationDate {@code 2017/02/16}, TypeName {@code Kế hoạch},
 * Subject {@code Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 ...}, signer
 * {@code CHỦ TỊCH} {@code Nguyễn Văn Trâm}, and the recipients as ToPlaces.
 *
 * <p>Values are kept as the envelope states them (text normalised to NFC, surrounding white space
 * trimmed), so that a header another system sent can be inspected even where it does not make a
 * plan. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
// The package style, with the builder's copy method renamed: "from" is the header's From.
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    from = "copyOf",
    allowedClasspathAnnotations = {Override.class})
public abstract class MessageHeader {
  MessageHeader() {}

  /** The sender ({@code From}). */
  public abstract Optional<Organ> getFrom();

  /** The receivers ({@code To}), in order. */
  public abstract List<Organ> getTo();

  /** The number ({@code Code/CodeNumber}), such as {@code "36"}. */
  public abstract Optional<String> getCodeNumber();

  /** The symbol after the number ({@code Code/CodeNotation}), such as {@code "KH-UBND"}. */
  public abstract Optional<String> getCodeNotation();

  /** The place of issue ({@code PromulgationInfo/Place}), such as {@code "Bình Phước"}. */
  public abstract Optional<String> getPlace();

  /** The date of issue ({@code PromulgationInfo/PromulgationDate}). */
  public abstract Optional<LocalDate> getPromulgationDate();

  /** The code of the document type ({@code DocumentType/Type}). */
  public abstract OptionalInt getDocumentTypeCode();

  /** The name of the document type ({@code DocumentType/TypeName}), such as {@code "Kế hoạch"}. */
  public abstract Optional<String> getDocumentTypeName();

  /** The subject ({@code Subject}, trích yếu). */
  public abstract Optional<String> getSubject();

  /** The summary of the content ({@code Content}). */
  public abstract Optional<String> getContent();

  /** The signer ({@code SignerInfo}). */
  public abstract Optional<SignerInfo> getSignerInfo();

  /** The date by which the receiver must act ({@code DueDate}). */
  public abstract Optional<LocalDate> getDueDate();

  /** The recipients as written in the document's recipient list ({@code ToPlaces/Place}). */
  public abstract List<String> getToPlaces();

  /** The other information ({@code OtherInfo}). */
  public abstract Optional<OtherInfo> getOtherInfo();

  /** The steering type ({@code SteeringType}). */
  public abstract OptionalInt getSteeringType();

  /**
   * The document identifier ({@code DocumentId}), such as
   * {@code "000.00.00.H38,2017/02/16,36/KH-UBND"}.
   */
  public abstract Optional<String> getDocumentId();

  /**
   * The number and symbol read from CodeNumber and CodeNotation ({@code 36/KH-UBND}); empty when
   * either is missing or they do not form a document number.
   */
  public Optional<DocumentNumber> documentNumber() {
    if (getCodeNumber().isEmpty() || getCodeNotation().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DocumentNumber.parse(getCodeNumber().get() + "/" + getCodeNotation().get()));
    } catch (MalformedInputException e) {
      return Optional.empty();
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageHeader}. */
  public static final class Builder extends ImmutableMessageHeader.Builder {}
}
