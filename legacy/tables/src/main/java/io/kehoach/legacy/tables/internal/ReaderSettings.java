package io.kehoach.legacy.tables.internal;

import io.kehoach.legacy.InputLimits;
import io.kehoach.plan.Plan;
import org.jspecify.annotations.Nullable;

/**
 * The reader's limits and choices, checked by the public builder.
 *
 * @param limits the limits: bytes, rows (records), columns (fields in a record), cell length
 * @param headerSearchRows how many records from the top may hold the header row
 * @param strict whether an unreadable value is an error rather than a warning
 * @param idPrefix the prefix of the ids made for the table's tasks, assignments and annex
 * @param into the plan the table is read into, or null
 */
public record ReaderSettings(
    InputLimits limits, int headerSearchRows, boolean strict, String idPrefix, @Nullable Plan into) {}
