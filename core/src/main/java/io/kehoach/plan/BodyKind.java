package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * The kind of a body that takes part in a plan, such as {@link #DEPARTMENT} (Sở Tư pháp).
 *
 * @since 0.1
 */
public enum BodyKind implements Vocabulary {
  /** Cơ quan trung ương: a central body (Chính phủ, Văn phòng Chính phủ, a ministry). */
  CENTRAL_AGENCY("central_agency", "Cơ quan trung ương", "Central agency"),
  /** Tỉnh ủy, ban của Đảng: a party committee or its board. */
  PARTY_BODY("party_body", "Cơ quan của Đảng", "Party body"),
  /** Hội đồng nhân dân: a people's council. */
  PEOPLES_COUNCIL("peoples_council", "Hội đồng nhân dân", "People's council"),
  /** Ủy ban nhân dân tỉnh, thành phố: the provincial people's committee. */
  PROVINCIAL_COMMITTEE("provincial_committee", "Ủy ban nhân dân cấp tỉnh", "Provincial people's committee"),
  /** Văn phòng Ủy ban nhân dân: the office of a people's committee. */
  COMMITTEE_OFFICE("committee_office", "Văn phòng Ủy ban nhân dân", "Office of the people's committee"),
  /** Sở: a provincial department. */
  DEPARTMENT("department", "Sở", "Provincial department"),
  /** Ban, ngành: another provincial agency or sector body. */
  SECTOR_AGENCY("sector_agency", "Ban, ngành", "Sector agency"),
  /** Ủy ban nhân dân cấp huyện (until 1 July 2025): a district people's committee. */
  DISTRICT_COMMITTEE("district_committee", "Ủy ban nhân dân cấp huyện", "District people's committee"),
  /** Ủy ban nhân dân cấp xã: a commune people's committee. */
  COMMUNE_COMMITTEE("commune_committee", "Ủy ban nhân dân cấp xã", "Commune people's committee"),
  /** Báo, đài: a newspaper, radio or television station. */
  PRESS("press", "Cơ quan báo chí", "Press outlet"),
  /** Mặt trận Tổ quốc, đoàn thể: the Fatherland Front and mass organisations. */
  MASS_ORGANISATION("mass_organisation", "Mặt trận Tổ quốc, tổ chức đoàn thể", "Mass organisation"),
  /** Đơn vị sự nghiệp công lập: a public service unit. */
  PUBLIC_SERVICE_UNIT("public_service_unit", "Đơn vị sự nghiệp công lập", "Public service unit"),
  /** Another body. */
  OTHER("other", "Cơ quan khác", "Other body");

  private final String code;
  private final LocalizedText label;

  BodyKind(String code, String vi, String en) {
    this.code = code;
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String getCode() {
    return code;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
