package io.kehoach.legacy.csv.internal;

/**
 * The reader's limits and choices, checked by the public builder.
 *
 * @param maxBytes the longest input, in bytes (characters for text input)
 * @param maxRows the most records
 * @param maxColumns the most fields in a record
 * @param maxCellChars the longest field, in characters
 * @param headerSearchRows how many records from the top may hold the header row
 * @param strict whether an unreadable value is an error rather than a warning
 * @param idPrefix the prefix of the ids made for the table's tasks, assignments and annex
 */
public record ReaderSettings(
    long maxBytes, int maxRows, int maxColumns, int maxCellChars, int headerSearchRows, boolean strict, String idPrefix) {}
