/**
 * Pre-Unicode Vietnamese text: decoders and encoders for TCVN3 (ABC), VNI and VISCII, and detection of which one a text most likely is.
 */
@NullMarked
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package io.kehoach.legacy.encoding;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
