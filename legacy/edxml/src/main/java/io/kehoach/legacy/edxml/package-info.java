/**
 * edXML envelopes after QCVN 102:2016/BTTTT, the XML that document-management systems of state
 * agencies exchange: {@link io.kehoach.legacy.edxml.EdXmlWriter} writes a plan's document identity
 * as a message header (From, To, Code, PromulgationInfo, DocumentType, Subject, SignerInfo,
 * ToPlaces, OtherInfo, DocumentId) with the whole plan attached as kehoach JSON;
 * {@link io.kehoach.legacy.edxml.EdXmlReader} reads an envelope back into a plan, the whole plan
 * where the attachment is present and a draft from the header otherwise, with a report of what is
 * missing or inconsistent. Reading is safe on hostile input: no DTDs, no external entities, bounded
 * depth, element count, text and attachment sizes.
 *
 * <p>Facts about the format and how sure they are ([confirmed], [agreed], [unverified]) are listed
 * in {@code io.kehoach.legacy.edxml.internal.EdXml}.
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy.edxml;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
