package io.kehoach.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kehoach.json.internal.ModelIntrospector;
import io.kehoach.json.internal.ValueCodecs;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Money;
import io.kehoach.plan.ProcedureCode;
import io.kehoach.plan.Vocabulary;

/**
 * The Jackson module that binds the kehoach model: every model type is read through its builder
 * and written through its attributes, in the format's property order; vocabularies are written as
 * their codes, document numbers and procedure codes as text, amounts as numbers of VND.
 *
 * <p>{@link PlanMapper} registers it; register it on an application's own {@code ObjectMapper} to
 * bind model types there (with the {@code Jdk8Module} and {@code JavaTimeModule} of Jackson for
 * {@code Optional} and dates). Reading through an application's mapper skips what
 * {@code PlanMapper} adds: the format version, limits and located errors.
 *
 * @since 0.1
 */
public final class KehoachModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public KehoachModule() {
    super("kehoach", Version.unknownVersion());
    addSerializer(Vocabulary.class, new ValueCodecs.VocabularySerializer());
    // A document number is written as it was read from text (its written form), else canonically.
    addSerializer(DocumentNumber.class, new ValueCodecs.TextSerializer<>(DocumentNumber.class,
        n -> n.getWrittenForm().orElseGet(n::toString)));
    addDeserializer(DocumentNumber.class, new ValueCodecs.TextDeserializer<>(DocumentNumber.class, DocumentNumber::parse,
        "số, ký hiệu như 36/KH-UBND", "a number and symbol such as 36/KH-UBND"));
    addSerializer(ProcedureCode.class, new ValueCodecs.TextSerializer<>(ProcedureCode.class, ProcedureCode::toString));
    addDeserializer(ProcedureCode.class, new ValueCodecs.TextDeserializer<>(ProcedureCode.class, ProcedureCode::parse,
        "mã thủ tục như 1.001612", "a procedure code such as 1.001612"));
    addSerializer(Money.class, new ValueCodecs.MoneySerializer());
    addDeserializer(Money.class, new ValueCodecs.MoneyDeserializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new ValueCodecs.VocabularyDeserializers());
    context.insertAnnotationIntrospector(new ModelIntrospector());
  }
}
