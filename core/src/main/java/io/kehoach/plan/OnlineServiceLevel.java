package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * How far an administrative procedure can be done online (mức độ dịch vụ công trực tuyến),
 * such as {@link #FULL} (toàn trình).
 * 
 * <p>Decree 42/2022/NĐ-CP replaced the four earlier levels by "partial" and "full"; level 3 maps to
 * {@link #PARTIAL} and level 4 to {@link #FULL}.
 *
 * @since 0.1
 */
public enum OnlineServiceLevel implements Vocabulary {
  /** Không cung cấp trực tuyến: not online. */
  NONE("none", "Không trực tuyến", "Not online"),
  /** Cung cấp thông tin, biểu mẫu (mức độ 1, 2): information and forms only. */
  INFORMATION("information", "Cung cấp thông tin, biểu mẫu", "Information and forms"),
  /** Một phần (mức độ 3): partly online. */
  PARTIAL("partial", "Một phần", "Partly online"),
  /** Toàn trình (mức độ 4): fully online. */
  FULL("full", "Toàn trình", "Fully online");

  private final String code;
  private final LocalizedText label;

  OnlineServiceLevel(String code, String vi, String en) {
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
