package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative unit (đơn vị hành chính) with its code and the time it existed: the province
 * of Bình Phước, code {@code 70}, until 30 June 2025, succeeded by Đồng Nai ({@code 75}).
 *
 * <p>Vietnam reorganised its units on 1 July 2025 (63 provinces became 34, the district level was
 * abolished), so a unit is valid in time: a 2017 plan names units that no longer exist.
 * {@link AdministrativeUnits} holds the provinces before and after the reform. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AdministrativeUnit implements WithAdministrativeUnit {
  AdministrativeUnit() {}

  /** The unit's code: two digits for a province ({@code "70"}), five for a commune. */
  public abstract Optional<String> getCode();

  /** The name, such as {@code "Bình Phước"}. */
  @NotBlank
  @PlainText
  public abstract String getName();

  /** The level of the unit. */
  public abstract UnitLevel getLevel();

  /** The first day the unit existed in this form, when known. */
  public abstract Optional<LocalDate> getValidFrom();

  /** The last day the unit existed in this form, when it has ended. */
  public abstract Optional<LocalDate> getValidUntil();

  /** The code of the unit that took over this one, when it has ended. */
  public abstract Optional<String> getSuccessorCode();

  @Value.Check
  AdministrativeUnit normalize() {
    return Text.isNfc(getName()) ? this : ImmutableAdministrativeUnit.copyOf(this).withName(Text.nfc(getName()));
  }

  /** Whether the unit existed on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    return getValidFrom().map(f -> !date.isBefore(f)).orElse(true)
        && getValidUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** A unit known by name and level only. */
  public static AdministrativeUnit of(String name, UnitLevel level) {
    return builder().name(name).level(level).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdministrativeUnit}. */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {}
}
