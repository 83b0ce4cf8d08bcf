package io.kehoach.legacy.document;

/**
 * How a paragraph is aligned, where the source says so: a head line of a Word file is
 * {@link #CENTER}, a signature block often {@link #RIGHT}.
 *
 * @since 0.3
 */
public enum Alignment {
  /** Aligned on the left margin. */
  LEFT,
  /** Centred. */
  CENTER,
  /** Aligned on the right margin. */
  RIGHT,
  /** Justified on both margins. */
  JUSTIFIED
}
