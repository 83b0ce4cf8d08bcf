/**
 * edXML envelopes after QCVN 102:2016/BTTTT: writing a plan's document identity as a message header with the plan attached as JSON, and reading an envelope back into a plan, safely (no DTDs, no external entities, bounded sizes).
 */
@NullMarked
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package io.kehoach.legacy.edxml;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
