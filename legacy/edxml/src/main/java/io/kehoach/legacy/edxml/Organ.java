package io.kehoach.legacy.edxml;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organ (cơ quan) named in an edXML message header, as sender ({@code From}) or receiver
 * ({@code To}): {@code OrganId} {@code 000.00.00.H38}, {@code OrganName}
 * {@code ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC}, and its contacts.
 *
 * <p>Every part is optional: envelopes from other systems leave out what they do not know.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Organ {
  Organ() {}

  /** The agency identifier in the exchange network ({@code OrganId}), such as {@code "000.00.00.H38"}. */
  public abstract Optional<String> getOrganId();

  /** The identifier of the supervising organ ({@code OrganizationInCharge}). */
  public abstract Optional<String> getOrganizationInCharge();

  /** The name ({@code OrganName}). */
  public abstract Optional<String> getOrganName();

  /** The address ({@code OrganAdd}). */
  public abstract Optional<String> getOrganAdd();

  /** The e-mail address ({@code Email}). */
  public abstract Optional<String> getEmail();

  /** The telephone number ({@code Telephone}). */
  public abstract Optional<String> getTelephone();

  /** The fax number ({@code Fax}). */
  public abstract Optional<String> getFax();

  /** The website ({@code Website}). */
  public abstract Optional<String> getWebsite();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organ}. */
  public static final class Builder extends ImmutableOrgan.Builder {}
}
