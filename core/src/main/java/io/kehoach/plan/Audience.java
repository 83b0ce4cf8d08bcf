package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * Who a content item of a plan speaks to (đối tượng truyền thông), such as
 * {@link #OFFICIALS} (cán bộ, công chức, viên chức).
 *
 * @since 0.1
 */
public enum Audience implements Vocabulary {
  /** Cán bộ, công chức, viên chức: officials and public employees. */
  OFFICIALS("officials", "Cán bộ, công chức, viên chức", "Officials and public employees"),
  /** Người đứng đầu, cấp ủy: heads of agencies and party committees. */
  LEADERS("leaders", "Người đứng đầu, cấp ủy", "Heads of agencies and party committees"),
  /** Người dân, nhân dân, công dân: citizens. */
  CITIZENS("citizens", "Người dân", "Citizens"),
  /** Doanh nghiệp: businesses. */
  BUSINESSES("businesses", "Doanh nghiệp", "Businesses"),
  /** Tổ chức: organisations other than businesses. */
  ORGANISATIONS("organisations", "Tổ chức", "Organisations"),
  /** Cơ quan báo chí, phóng viên: the press. */
  PRESS("press", "Cơ quan báo chí", "The press");

  private final String code;
  private final LocalizedText label;

  Audience(String code, String vi, String en) {
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
