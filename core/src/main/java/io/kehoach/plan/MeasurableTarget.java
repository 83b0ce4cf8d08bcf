package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Decimals;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurable target of an objective or requirement: an indicator with a target value, a unit
 * and a due date where stated, such as "SIPAS satisfaction at least 80 % by 31 December 2025"
 * ({@code indicator "SIPAS", targetValue 80, unit "%"}).
 *
 * <p>Common indicators: {@code SIPAS} (satisfaction with public administrative services),
 * {@code PAR INDEX} (administrative reform index), {@code PAPI}, {@code PCI}, or a share of
 * procedures published. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class MeasurableTarget implements WithMeasurableTarget {
  MeasurableTarget() {}

  /** What is measured, such as {@code "SIPAS"} or {@code "Tỷ lệ TTHC được công khai"}. */
  @NotBlank
  @PlainText
  public abstract String getIndicator();

  /** The value to reach, such as {@code 80}: at most 24 digits before the decimal point and 6 after it. */
  public abstract Optional<BigDecimal> getTargetValue();

  /** The unit of the value, such as {@code "%"}. */
  public abstract Optional<@PlainText String> getUnit();

  /** When the value is to be reached. */
  public abstract Optional<LocalDate> getDueDate();

  @Value.Check
  MeasurableTarget normalize() {
    getTargetValue().ifPresent(v -> Decimals.check(v, "A target value"));
    if (Text.isNfc(getIndicator()) && Text.isNfc(getUnit())) {
      return this;
    }
    return ImmutableMeasurableTarget.copyOf(this).withIndicator(Text.nfc(getIndicator()))
        .withUnit(Text.nfc(getUnit()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasurableTarget}. */
  public static final class Builder extends ImmutableMeasurableTarget.Builder {}
}
