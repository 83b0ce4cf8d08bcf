package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * A field of administration on which communication focuses (lĩnh vực trọng tâm), such as
 * {@link #LAND} (đất đai).
 * 
 * <p>The common fields named in plans; a field outside this list is kept by name in
 * {@link ContentItem#getProcedureFields()}.
 *
 * @since 0.1
 */
public enum Sector implements Vocabulary {
  /** Đầu tư: investment. */
  INVESTMENT("investment", "Đầu tư", "Investment"),
  /** Xây dựng: construction. */
  CONSTRUCTION("construction", "Xây dựng", "Construction"),
  /** Đất đai: land. */
  LAND("land", "Đất đai", "Land"),
  /** Đăng ký kinh doanh: business registration. */
  BUSINESS_REGISTRATION("business_registration", "Đăng ký kinh doanh", "Business registration"),
  /** Nhà ở: housing. */
  HOUSING("housing", "Nhà ở", "Housing"),
  /** Hộ tịch: civil status. */
  CIVIL_STATUS("civil_status", "Hộ tịch", "Civil status"),
  /** Cư trú, hộ khẩu: residence registration. */
  RESIDENCE("residence", "Cư trú, hộ khẩu", "Residence registration"),
  /** Y tế: health. */
  HEALTH("health", "Y tế", "Health"),
  /** Giáo dục: education. */
  EDUCATION("education", "Giáo dục", "Education"),
  /** Lao động: labour. */
  LABOUR("labour", "Lao động", "Labour"),
  /** Bảo hiểm: insurance and social insurance. */
  INSURANCE("insurance", "Bảo hiểm", "Insurance"),
  /** Thuế: taxation. */
  TAX("tax", "Thuế", "Taxation"),
  /** Hải quan: customs. */
  CUSTOMS("customs", "Hải quan", "Customs"),
  /** Quản lý thị trường: market surveillance. */
  MARKET_SURVEILLANCE("market_surveillance", "Quản lý thị trường", "Market surveillance"),
  /** Khoa học và công nghệ: science and technology. */
  SCIENCE_TECHNOLOGY("science_technology", "Khoa học và công nghệ", "Science and technology"),
  /** Tài nguyên và môi trường: natural resources and environment. */
  ENVIRONMENT("environment", "Tài nguyên và môi trường", "Natural resources and environment"),
  /** Giao thông vận tải: transport. */
  TRANSPORT("transport", "Giao thông vận tải", "Transport"),
  /** Nông nghiệp: agriculture. */
  AGRICULTURE("agriculture", "Nông nghiệp", "Agriculture"),
  /** Tư pháp: justice. */
  JUSTICE("justice", "Tư pháp", "Justice");

  private final String code;
  private final LocalizedText label;

  Sector(String code, String vi, String en) {
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
