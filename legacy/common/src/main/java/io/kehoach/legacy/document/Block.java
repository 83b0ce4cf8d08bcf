package io.kehoach.legacy.document;

import io.kehoach.Location;

/**
 * One block of a {@link Document}: a {@link Paragraph} or a {@link Table}.
 *
 * @since 0.3
 */
public interface Block {
  /** Where the block begins in the source: {@code line 12} of a text, {@code page 2} of a PDF. */
  Location getFrom();

  /** Where the block ends in the source (inclusive); the same as {@link #getFrom()} for one line. */
  Location getTo();
}
