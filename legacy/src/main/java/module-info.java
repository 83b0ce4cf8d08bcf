/**
 * Converters between kehoach plans and the legacy forms that government systems hold: the official
 * plain text of a plan (import with a report, and rendering laid out like an official document),
 * annex task tables (CSV), edXML exchange envelopes (QCVN 102:2016/BTTTT) and pre-Unicode
 * Vietnamese encodings (TCVN3, VNI, VISCII).
 */
module io.kehoach.legacy {
  requires transitive io.kehoach.core;
  requires transitive io.kehoach.serialization;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.text;
  exports io.kehoach.legacy.encoding;
  exports io.kehoach.legacy.edxml;
  exports io.kehoach.legacy.csv;
}
