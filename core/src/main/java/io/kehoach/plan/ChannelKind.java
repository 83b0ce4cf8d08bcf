package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * A kind of media channel through which a plan communicates (hình thức truyền thông), such as
 * {@link #PRINT_PRESS} (báo in).
 * 
 * <p>Covers every channel named in the plans kehoach was built from; a named outlet (Báo Bình
 * Phước) is an {@link Outlet}, not a kind.
 *
 * @since 0.1
 */
public enum ChannelKind implements Vocabulary {
  /** Phát thanh, truyền hình: broadcast radio and television. */
  BROADCAST("broadcast", "Phát thanh, truyền hình", "Broadcast radio and television"),
  /** Báo in, báo chí: print press. */
  PRINT_PRESS("print_press", "Báo chí", "Print press"),
  /** Chuyên trang, chuyên mục: a dedicated page or column in a newspaper, site or programme. */
  DEDICATED_COLUMN("dedicated_column", "Chuyên trang, chuyên mục", "Dedicated page or column"),
  /** Cổng thông tin điện tử: the provincial (or ministry) web portal. */
  PORTAL("portal", "Cổng thông tin điện tử", "Government web portal"),
  /** Trang thông tin điện tử: the websites of agencies and units. */
  AGENCY_WEBSITE("agency_website", "Trang thông tin điện tử của cơ quan, đơn vị", "Agency websites"),
  /** Mạng xã hội: social media. */
  SOCIAL_MEDIA("social_media", "Mạng xã hội", "Social media"),
  /** Đài truyền thanh cấp huyện, xã; loa truyền thanh cơ sở: grassroots loudspeakers. */
  GRASSROOTS_LOUDSPEAKER("grassroots_loudspeaker", "Truyền thanh cơ sở", "Grassroots loudspeakers"),
  /** Hội nghị, hội thảo, tọa đàm: conferences, seminars and round tables. */
  CONFERENCE("conference", "Hội nghị, hội thảo, tọa đàm", "Conferences and seminars"),
  /** Tập huấn, bồi dưỡng: training courses. */
  TRAINING("training", "Tập huấn, bồi dưỡng", "Training"),
  /** Cuộc thi, hội thi: contests. */
  CONTEST("contest", "Cuộc thi, hội thi", "Contests"),
  /** Pa nô, áp phích, băng rôn, tranh cổ động: visual materials. */
  VISUAL_MATERIALS("visual_materials", "Pa nô, áp phích, băng rôn", "Panels, posters and banners"),
  /** Tờ rơi, tờ gấp, tài liệu tuyên truyền: leaflets and printed materials. */
  LEAFLET("leaflet", "Tờ rơi, tài liệu tuyên truyền", "Leaflets and printed materials"),
  /** Niêm yết công khai thủ tục hành chính: public posting of procedures at reception desks. */
  PUBLIC_POSTING("public_posting", "Niêm yết công khai thủ tục hành chính", "Public posting of procedures"),
  /** Đường dây nóng: hotlines. */
  HOTLINE("hotline", "Đường dây nóng", "Hotline"),
  /** Chuyên mục hỏi đáp, "Dân hỏi – Giám đốc Sở trả lời": question-and-answer columns. */
  QA_COLUMN("qa_column", "Chuyên mục hỏi đáp", "Question-and-answer column"),
  /** Bản tin: newsletters. */
  NEWSLETTER("newsletter", "Bản tin", "Newsletter"),
  /** Họp báo: press briefings. */
  PRESS_BRIEFING("press_briefing", "Họp báo", "Press briefing"),
  /** Điều tra xã hội học, khảo sát (SIPAS, PAR INDEX): surveys. */
  SURVEY("survey", "Điều tra xã hội học, khảo sát", "Surveys"),
  /** Học tập kinh nghiệm: study visits. */
  STUDY_VISIT("study_visit", "Học tập kinh nghiệm", "Study visits"),
  /** Lồng ghép vào các hoạt động, chiến dịch khác: integration into other campaigns. */
  INTEGRATION("integration", "Lồng ghép", "Integration into other campaigns"),
  /** Hoạt động của các tổ chức đoàn thể: activities of mass organisations. */
  MASS_ORGANISATION("mass_organisation", "Hoạt động của các tổ chức đoàn thể", "Mass organisation activities"),
  /** Đợt ra quân tuyên truyền: outreach campaigns. */
  OUTREACH_CAMPAIGN("outreach_campaign", "Đợt ra quân tuyên truyền", "Outreach campaign"),
  /** Mạng lưới cộng tác viên: a network of correspondents. */
  CORRESPONDENT_NETWORK("correspondent_network", "Mạng lưới cộng tác viên", "Correspondent network"),
  /** Hình thức khác: another channel, described in the channel's text. */
  OTHER("other", "Hình thức khác", "Other");

  private final String code;
  private final LocalizedText label;

  ChannelKind(String code, String vi, String en) {
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
