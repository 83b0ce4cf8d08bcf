/**
 * edXML document-exchange envelopes (QCVN 102:2016/BTTTT): a plan written as the message header
 * with the whole plan attached as kehoach JSON, and envelopes read back safely under the import
 * contract of {@code io.kehoach.legacy.common}. The one format module that needs the JSON format
 * ({@code io.kehoach.serialization}), for the attachment.
 */
module io.kehoach.legacy.edxml {
  requires transitive io.kehoach.legacy.common;
  requires transitive io.kehoach.serialization;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.edxml;
}
