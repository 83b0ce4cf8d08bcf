package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative procedure (thủ tục hành chính) as recorded in the national procedure
 * database: code {@code 1.001612}, name "Đăng ký thành lập doanh nghiệp tư nhân", field "Thành lập
 * và hoạt động doanh nghiệp", level, whether it is handled at the one-stop shop, and how far it
 * can be done online.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AdministrativeProcedure implements WithAdministrativeProcedure {
  AdministrativeProcedure() {}

  /** The code in the national database. */
  @Value.Parameter
  public abstract ProcedureCode getCode();

  /** The name of the procedure. */
  @Value.Parameter
  @NotBlank
  @PlainText
  public abstract String getName();

  /** The field (lĩnh vực) by name, such as {@code "Hộ tịch"}. */
  public abstract Optional<@PlainText String> getField();

  /** The field's code, such as {@code "G03-GD10"}. */
  public abstract Optional<String> getFieldCode();

  /** The level of government that handles it. */
  public abstract Optional<ProcedureLevel> getLevel();

  /** Whether it is received and returned at the one-stop shop (bộ phận một cửa). */
  @Value.Default
  public boolean isOneStopShop() {
    return false;
  }

  /** How far it can be done online. */
  public abstract Optional<OnlineServiceLevel> getOnlineServiceLevel();

  @Value.Check
  AdministrativeProcedure normalize() {
    if (Text.isNfc(getName()) && Text.isNfc(getField()) && Text.isNfc(getFieldCode())) {
      return this;
    }
    return ImmutableAdministrativeProcedure.copyOf(this).withName(Text.nfc(getName()))
        .withField(Text.nfc(getField())).withFieldCode(Text.nfc(getFieldCode()));
  }

  /** A procedure known by code and name. */
  public static AdministrativeProcedure of(ProcedureCode code, String name) {
    return ImmutableAdministrativeProcedure.of(code, name);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdministrativeProcedure}. */
  public static final class Builder extends ImmutableAdministrativeProcedure.Builder {}
}
