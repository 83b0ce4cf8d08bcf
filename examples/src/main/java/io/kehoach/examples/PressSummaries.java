package io.kehoach.examples;

import io.kehoach.plan.AdministrativeUnits;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Audience;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MeasurableTarget;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Sector;
import io.kehoach.plan.Task;
import java.time.LocalDate;

/**
 * The four press summaries among the seeds, each as the plan it reports on, holding only what the
 * article states. They are kept as {@link PlanStatus#DRAFT} records: the plans were issued, but an
 * article gives neither the full text nor the signature, so these records are incomplete
 * reconstructions, not issued documents. A date an article was published on is not taken for the
 * date the plan was issued.
 */
public final class PressSummaries {
  private PressSummaries() {}

  /**
   * Seed 000: Sóc Trăng, Kế hoạch 36/KH-UBND of 21 March 2017, communication on administrative
   * reform 2017–2020.
   */
  public static Plan socTrang2017To2020() {
    LocalDate issued = LocalDate.of(2017, 3, 21);
    return Plan.builder()
        .issuer(IssuingBody.of("Ủy ban nhân dân tỉnh Sóc Trăng"))
        .number(DocumentNumber.parse("36/KH-UBND"))
        .issueDate(issued)
        .subject("Tuyên truyền cải cách hành chính tỉnh Sóc Trăng giai đoạn 2017 - 2020")
        .period(Period.parse("giai đoạn 2017 - 2020"))
        .territory(AdministrativeUnits.provinceNamed("Sóc Trăng", issued).orElseThrow())
        .status(PlanStatus.DRAFT)
        .addLegalBasis(DocumentReference.of("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020"))
        .addObjective(Objective.of("muc-tieu-1", "Tiếp tục tuyên truyền, phổ biến đến cán bộ, công chức, viên chức và "
            + "nhân dân trong tỉnh về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020"))
        .addObjective(Objective.of("muc-tieu-2", "Tăng cường nhận thức, trách nhiệm thực hiện cải cách hành chính của "
            + "cấp ủy các cấp, người đứng đầu đơn vị, đội ngũ cán bộ, công chức, viên chức trong quá trình thực thi "
            + "công vụ và tăng cường sự hiểu biết của nhân dân về mục tiêu, ý nghĩa, nội dung và tầm quan trọng của "
            + "công tác cải cách hành chính"))
        .addObjective(Objective.of("muc-tieu-3", "Góp phần thực hiện tốt việc phòng, chống tham nhũng, xây dựng chính "
            + "quyền thân thiện trên tinh thần “tôn trọng nhân dân, gần dân, sát dân, lắng nghe, đối thoại với nhân dân” "
            + "và “hành động” vì nhân dân"))
        .addContentItem(ContentItem.builder().id("noi-dung-1").theme("Tuyên truyền, phổ biến về tầm quan trọng, ý "
                + "nghĩa, mục tiêu và tác động của cải cách hành chính đến phát triển kinh tế - xã hội; những quan "
                + "điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về cải cách hành chính")
            .addAudiences(Audience.OFFICIALS, Audience.CITIZENS).build())
        .addContentItem(ContentItem.builder().id("noi-dung-2").theme("Vai trò, trách nhiệm của các cấp ủy Đảng, của "
                + "người đứng đầu cơ quan hành chính các cấp, người đứng đầu các tổ chức chính trị - xã hội, các đơn vị "
                + "sự nghiệp công lập đối với việc triển khai thực hiện nhiệm vụ cải cách hành chính")
            .addAudience(Audience.LEADERS).build())
        .addContentItem(ContentItem.builder().id("noi-dung-3").theme("Các nội dung của Chương trình tổng thể cải cách "
                + "hành chính nhà nước giai đoạn 2011 - 2020: kết quả cải cách, chuẩn hóa, rà soát và đơn giản hóa thủ "
                + "tục hành chính tại tỉnh; các quy định về thủ tục hành chính giữa cơ quan hành chính Nhà nước với "
                + "người dân, doanh nghiệp; cơ chế một cửa, một cửa liên thông; cam kết giải quyết thủ tục hành chính "
                + "đúng hẹn")
            .addAudiences(Audience.CITIZENS, Audience.BUSINESSES)
            .addFocusSectors(Sector.HEALTH, Sector.MARKET_SURVEILLANCE, Sector.LAND, Sector.INVESTMENT,
                Sector.BUSINESS_REGISTRATION, Sector.CONSTRUCTION, Sector.HOUSING, Sector.CIVIL_STATUS,
                Sector.RESIDENCE, Sector.EDUCATION, Sector.LABOUR, Sector.INSURANCE, Sector.SCIENCE_TECHNOLOGY)
            .build())
        .addContentItem(ContentItem.of("noi-dung-4", "Những kết quả đạt được và những tồn tại, hạn chế, nguyên nhân "
            + "trong thực hiện nhiệm vụ cải cách hành chính; các mô hình, cơ chế đang triển khai thí điểm, các điển "
            + "hình tốt trong cải cách hành chính trong và ngoài tỉnh cũng như trên thế giới"))
        .addContentItem(ContentItem.builder().id("noi-dung-5").theme("Giải đáp, tháo gỡ khó khăn, vướng mắc trong thực "
                + "hiện các quy định pháp luật, nhất là thủ tục hành chính; quyền, nghĩa vụ và trách nhiệm của cá nhân, "
                + "tổ chức khi sử dụng dịch vụ công và giám sát hoạt động cải cách hành chính")
            .addAudiences(Audience.CITIZENS, Audience.ORGANISATIONS).build())
        .addContentItem(ContentItem.of("noi-dung-6", "Giới thiệu Chuyên mục “Dân hỏi - Giám đốc Sở trả lời”, “Dân hỏi - "
            + "Chủ tịch các cấp trả lời”; Chuyên trang cải cách hành chính tỉnh Sóc Trăng và Bản tin cải cách hành "
            + "chính; công khai đường dây nóng về cải cách hành chính của tỉnh"))
        .addChannel(MediaChannel.builder().id("hinh-thuc-1")
            .addKinds(ChannelKind.PORTAL, ChannelKind.DEDICATED_COLUMN, ChannelKind.AGENCY_WEBSITE)
            .description("Cổng thông tin điện tử, Chuyên trang cải cách hành chính của tỉnh, Trang thông tin điện tử "
                + "của các sở, ngành và UBND cấp huyện, Trang thông tin điện tử của Ban Tuyên giáo Tỉnh ủy Sóc Trăng")
            .build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-2")
            .addKinds(ChannelKind.PRINT_PRESS, ChannelKind.BROADCAST, ChannelKind.GRASSROOTS_LOUDSPEAKER)
            .description("Các phương tiện thông tin đại chúng của tỉnh")
            .addOutlet(Outlet.of("Báo Sóc Trăng", ChannelKind.PRINT_PRESS))
            .addOutlet(Outlet.of("Đài Phát thanh - Truyền hình tỉnh Sóc Trăng", ChannelKind.BROADCAST))
            .addOutlet(Outlet.of("Đài Truyền thanh cấp huyện", ChannelKind.GRASSROOTS_LOUDSPEAKER))
            .addOutlet(Outlet.of("Trạm truyền thanh cơ sở", ChannelKind.GRASSROOTS_LOUDSPEAKER))
            .build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-3").addKinds(ChannelKind.CONFERENCE, ChannelKind.TRAINING)
            .description("Các cuộc hội thảo, hội nghị, các lớp bồi dưỡng, tập huấn nghiệp vụ cải cách hành chính, các "
                + "lớp bồi dưỡng quản lý nhà nước").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-4").addKinds(ChannelKind.CONTEST, ChannelKind.OUTREACH_CAMPAIGN)
            .description("Hội thi, cuộc thi cải cách hành chính, thiết kế tranh cổ động, sáng tác tác phẩm về cải cách "
                + "hành chính và mở đợt ra quân tuyên truyền, hướng dẫn về thủ tục hành chính").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-5").addKind(ChannelKind.VISUAL_MATERIALS)
            .description("Hình thức trực quan, sinh động như pano, áp phích, băng gôn").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-6").addKind(ChannelKind.SURVEY)
            .description("Các cuộc điều tra xã hội học về Chỉ số SIPAS, Chỉ số PAR INDEX hàng năm").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-7").addKind(ChannelKind.STUDY_VISIT)
            .description("Đi nghiên cứu, học tập kinh nghiệm cải cách hành chính của các địa phương ngoài tỉnh").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-8").addKind(ChannelKind.MASS_ORGANISATION)
            .description("Các hoạt động của các cơ quan Đảng, tổ chức Đoàn thể").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-9").addKind(ChannelKind.PUBLIC_POSTING)
            .description("Niêm yết công khai các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả, trụ sở làm "
                + "việc của các sở, ban, ngành, UBND cấp huyện, UBND cấp xã").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-10").addKind(ChannelKind.NEWSLETTER)
            .description("Chuyển tiếp Bản tin cải cách hành chính của Bộ Nội vụ đến từng Sở, ngành, UBND cấp huyện, "
                + "cấp xã").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-11").addKind(ChannelKind.PRESS_BRIEFING)
            .description("Chương trình họp báo định kỳ của UBND tỉnh, cấp ủy Đảng các cấp").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-12").addKind(ChannelKind.INTEGRATION)
            .description("Lồng ghép nội dung tuyên truyền CCHC trong các hội nghị phổ biến giáo dục pháp luật, Quy chế "
                + "dân chủ ở cơ sở, “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-13").addKinds(ChannelKind.QA_COLUMN, ChannelKind.HOTLINE)
            .description("Chuyên mục “Dân hỏi - Giám đốc Sở trả lời”, “Dân hỏi - Chủ tịch các cấp trả lời”; đường dây "
                + "nóng về cải cách hành chính").build())
        .build();
  }

  /** Seed 001: Ho Chi Minh City, plan of 2017 on strengthening communication about administrative reform. */
  public static Plan hoChiMinhCity2017() {
    return Plan.builder()
        .issuer(IssuingBody.of("Ủy ban nhân dân Thành phố Hồ Chí Minh"))
        .subject("Tăng cường công tác thông tin, tuyên truyền cải cách hành chính năm 2017 trên địa bàn Thành phố Hồ "
            + "Chí Minh")
        .period(Period.ofYear(2017))
        .territory(AdministrativeUnits.provinceNamed("TP. Hồ Chí Minh", LocalDate.of(2017, 1, 1)).orElseThrow())
        .status(PlanStatus.DRAFT)
        .addObjective(Objective.of("muc-tieu-1", "Tăng cường công tác thông tin, tuyên truyền nhằm nâng cao nhận "
            + "thức, trách nhiệm tổ chức thực hiện CCHC của cán bộ quản lý các cấp; cán bộ, công chức, viên chức trong "
            + "quá trình thực thi công vụ, nhiệm vụ; giám sát hoạt động thực thi công vụ, nhiệm vụ của cán bộ, công "
            + "chức, viên chức"))
        .addContentItem(ContentItem.of("noi-dung-1", "Tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục "
            + "tiêu và tác động của CCHC đến phát triển kinh tế - xã hội của thành phố; các quan điểm, chủ trương của "
            + "Đảng, chính sách pháp luật của Nhà nước về CCHC"))
        .addContentItem(ContentItem.builder().id("noi-dung-2").theme("Vai trò, trách nhiệm của các cấp ủy, của người "
            + "đứng đầu cơ quan hành chính các cấp, người đứng đầu các tổ chức chính trị - xã hội đối với việc triển "
            + "khai thực hiện nhiệm vụ CCHC").addAudience(Audience.LEADERS).build())
        .addContentItem(ContentItem.of("noi-dung-3", "Các nội dung chương trình CCHC của Chính phủ và TPHCM"))
        .addContentItem(ContentItem.builder().id("noi-dung-4").theme("Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục "
                + "hành chính qua dịch vụ bưu chính công ích; cung cấp dịch vụ công trực tuyến; mô hình một cửa liên "
                + "thông tại cơ quan hành chính nhà nước trên địa bàn thành phố")
            .addAudiences(Audience.CITIZENS, Audience.BUSINESSES).build())
        // "Các giải pháp thực hiện": how the plan is to be carried out.
        .addRequirement(Requirement.of("giai-phap-1", "Nâng cao nhận thức, trách nhiệm của các cấp ủy, lãnh đạo các "
            + "đoàn thể, Sở - ban - ngành, UBND quận - huyện; người đứng đầu các cơ quan báo chí, Đài Truyền hình và "
            + "Đài Tiếng nói nhân dân thành phố trong việc tuyên truyền CCHC"))
        .addRequirement(Requirement.of("giai-phap-2", "Kiện toàn, nâng cao chất lượng nguồn nhân lực làm công tác "
            + "thông tin, tuyên truyền về cải cách hành chính"))
        .addRequirement(Requirement.of("giai-phap-3", "Tăng cường phối hợp giữa các Sở - ban - ngành, UBND quận - "
            + "huyện với các cơ quan thông tin, truyền thông và các tổ chức chính trị - xã hội"))
        .addRequirement(Requirement.of("giai-phap-4", "Cải thiện, nâng cao chất lượng công tác thông tin, tuyên truyền "
            + "CCHC trên các phương tiện truyền thông của các Sở - ban - ngành, UBND quận - huyện"))
        .addChannel(MediaChannel.builder().id("hinh-thuc-1").addKind(ChannelKind.CONTEST)
            .description("Phát động, tổ chức các cuộc thi tìm hiểu, thi viết về CCHC").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-2").addKind(ChannelKind.CORRESPONDENT_NETWORK)
            .description("Xây dựng mạng lưới cộng tác viên đưa tin, bài về CCHC").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-3").addKinds(ChannelKind.PRINT_PRESS, ChannelKind.BROADCAST)
            .description("Các cơ quan báo chí, Đài Truyền hình và Đài Tiếng nói nhân dân thành phố")
            .addOutlet(Outlet.of("Đài Truyền hình Thành phố Hồ Chí Minh", ChannelKind.BROADCAST))
            .addOutlet(Outlet.of("Đài Tiếng nói nhân dân Thành phố Hồ Chí Minh", ChannelKind.BROADCAST))
            .build())
        .build();
  }

  /**
   * Seed 002: a provincial plan of 2024 on communication supporting the control of administrative
   * procedures. The article does not name the province; its photograph shows xã Sơn Hội, huyện Sơn
   * Hòa, credited to PYO, which places it in Phú Yên (merged into Đắk Lắk in 2025). The issuer is
   * kept as the article names it.
   */
  public static Plan province2024() {
    return Plan.builder()
        .issuer(IssuingBody.of("UBND tỉnh"))
        .subject("Truyền thông hỗ trợ công tác kiểm soát thủ tục hành chính năm 2024")
        .period(Period.ofYear(2024))
        .territory(AdministrativeUnits.provinceNamed("Phú Yên", LocalDate.of(2024, 1, 1)).orElseThrow())
        .status(PlanStatus.DRAFT)
        .addContentItem(ContentItem.builder().id("noi-dung-1")
            .theme("Kiểm soát TTHC trong các cơ quan hành chính nhà nước").addAudience(Audience.OFFICIALS).build())
        .addContentItem(ContentItem.builder().id("noi-dung-2").theme("Kiểm soát TTHC đến người dân, doanh nghiệp")
            .addAudiences(Audience.CITIZENS, Audience.BUSINESSES).build())
        .addContentItem(ContentItem.of("noi-dung-3", "Hỗ trợ thực thi các kiến nghị về đơn giản hóa TTHC"))
        .addContentItem(ContentItem.of("noi-dung-4", "Hỗ trợ công tác tiếp nhận, xử lý phản ánh, kiến nghị về công tác "
            + "giải quyết TTHC, quy định hành chính"))
        .addRequirement(Requirement.of("yeu-cau-1", "Lựa chọn hình thức tuyên truyền phong phú, đa dạng phù hợp với "
            + "trình độ dân trí, điều kiện cụ thể của từng đơn vị, địa phương, chú trọng giới thiệu rộng rãi về kinh "
            + "nghiệm, cách làm hay, những điển hình tiên tiến, đồng thời phê phán những biểu hiện trì trệ trong quá "
            + "trình thực hiện hoạt động kiểm soát TTHC"))
        .addChannel(MediaChannel.builder().id("hinh-thuc-1").addKinds(ChannelKind.PUBLIC_POSTING, ChannelKind.AGENCY_WEBSITE)
            .description("Niêm yết công khai đầy đủ bộ TTHC thuộc thẩm quyền tiếp nhận, giải quyết tại trụ sở và đăng "
                + "tải lên trang thông tin điện tử của cơ quan, đơn vị").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-2")
            .addKinds(ChannelKind.PORTAL, ChannelKind.PRINT_PRESS, ChannelKind.BROADCAST)
            .description("Đăng tải các hình ảnh, bài viết về kiểm soát TTHC, cải cách TTHC, cơ chế một cửa, một cửa liên "
                + "thông trên trang thông tin điện tử tỉnh, trên báo, đài").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-3").addKinds(ChannelKind.TRAINING, ChannelKind.CONFERENCE)
            .description("Tổ chức tập huấn nghiệp vụ hoặc hội nghị/hội thảo về hoạt động kiểm soát TTHC, cải cách TTHC; "
                + "phần mềm các Hệ thống thông tin").build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-4").addKind(ChannelKind.STUDY_VISIT)
            .description("Học tập kinh nghiệm về công tác cải cách hành chính, cải cách TTHC, kiểm soát TTHC").build())
        .build();
  }

  /**
   * Seed 004: Đắk Lắk, Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2018, issued through
   * Quyết định 3596/QĐ-UBND (the decision's date is not in the article).
   */
  public static Plan dakLak2018() {
    return Plan.builder()
        .issuer(IssuingBody.builder().name("UBND tỉnh Đắk Lắk").bodyId("ubnd-tinh").build())
        .subject("Tuyên truyền cải cách hành chính nhà nước năm 2018 trên địa bàn tỉnh Đắk Lắk")
        .issuingDecision(DocumentReference.builder()
            .citation("Quyết định số 3596/QĐ-UBND về ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước năm "
                + "2018 trên địa bàn tỉnh")
            .number(DocumentNumber.parse("3596/QĐ-UBND")).documentType(DocumentType.DECISION)
            .issuer("UBND tỉnh Đắk Lắk").build())
        .period(Period.ofYear(2018))
        .territory(AdministrativeUnits.provinceNamed("Đắk Lắk", LocalDate.of(2018, 1, 1)).orElseThrow())
        .status(PlanStatus.DRAFT)
        .addObjective(Objective.of("muc-dich-1", "Tiếp tục nâng cao nhận thức, trách nhiệm của các cấp, các ngành, cán "
            + "bộ, công chức, viên chức và nhân dân về ý nghĩa, mục tiêu, tầm quan trọng công tác cải cách hành chính "
            + "của tỉnh"))
        .addObjective(Objective.of("muc-dich-2", "Tạo chuyển biến tích cực, mạnh mẽ về tinh thần, thái độ làm việc, ý "
            + "thức rõ trách nhiệm phục vụ người dân, tổ chức, doanh nghiệp, đặc biệt không gây phiền hà, sách nhiễu, "
            + "tiêu cực trong giải quyết thủ tục hành chính"))
        .addObjective(Objective.of("muc-dich-3", "Tăng cường sự hiểu biết của người dân, tổ chức về công tác cải cách "
            + "hành chính đặc biệt là cải cách thủ tục hành chính; đồng thời thúc đẩy người dân, tổ chức tích cực góp "
            + "ý, tham gia hoàn thiện thủ tục hành chính, giám sát cơ quan nhà nước trong quá trình thực thi công vụ"))
        .addContentItem(ContentItem.of("noi-dung-1", "Các văn bản chỉ đạo của Trung ương, của tỉnh về công tác cải "
            + "cách hành chính; kết quả cải cách hành chính của các Sở, ngành, địa phương"))
        .addContentItem(ContentItem.builder().id("noi-dung-2").theme("Kết quả khảo sát mức độ hài lòng về giải quyết "
            + "thủ tục hành chính của tổ chức, cá nhân đối với các cơ quan hành chính nhà nước")
            .addAudiences(Audience.CITIZENS, Audience.ORGANISATIONS).build())
        .addContentItem(ContentItem.builder().id("noi-dung-3").theme("Các quy định về quyền, nghĩa vụ, trách nhiệm, "
                + "đạo đức của cán bộ trong thực thi công vụ, gắn với kỷ luật, kỷ cương; quy tắc ứng xử, văn hóa giao "
                + "tiếp, tác phong, thái độ phục vụ nhân dân của cán bộ, công chức, viên chức")
            .addAudience(Audience.OFFICIALS).build())
        .addContentItem(ContentItem.of("noi-dung-4", "Biểu dương các tập thể, cá nhân điển hình tiên tiến trong thực "
            + "hiện cải cách hành chính cũng như phản ánh những hạn chế, yếu kém trong hoạt động của cơ quan nhà nước "
            + "và trong thực thi công vụ"))
        .addChannel(MediaChannel.builder().id("hinh-thuc-1")
            .addKinds(ChannelKind.BROADCAST, ChannelKind.PRINT_PRESS, ChannelKind.PORTAL)
            .description("Các phương tiện thông tin đại chúng như Đài Phát thanh và Truyền hình tỉnh, Báo Đắk Lắk, Cổng "
                + "Thông tin điện tử tỉnh")
            .addOutlet(Outlet.of("Đài Phát thanh và Truyền hình tỉnh", ChannelKind.BROADCAST))
            .addOutlet(Outlet.of("Báo Đắk Lắk", ChannelKind.PRINT_PRESS))
            .addOutlet(Outlet.of("Cổng Thông tin điện tử tỉnh", ChannelKind.PORTAL))
            .build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-2")
            .addKinds(ChannelKind.CONFERENCE, ChannelKind.TRAINING, ChannelKind.LEAFLET)
            .description("Tổ chức các hội nghị, tập huấn, tọa đàm, hội thảo, phát hành các tài liệu tuyên truyền về cải "
                + "cách hành chính hàng năm").build())
        .addBody(ResponsibleBody.builder().id("ubnd-tinh").name("UBND tỉnh Đắk Lắk")
            .kind(io.kehoach.plan.BodyKind.PROVINCIAL_COMMITTEE).build())
        .addBody(ResponsibleBody.builder().id("so-ban-nganh").name("Các Sở, ban, ngành").kind(BodyKind.DEPARTMENT)
            .group(true).headTitle("Thủ trưởng").build())
        .addBody(ResponsibleBody.builder().id("ubnd-huyen").name("UBND các huyện, thị xã, thành phố")
            .kind(BodyKind.DISTRICT_COMMITTEE).group(true).headTitle("Chủ tịch").build())
        .addBody(ResponsibleBody.builder().id("so-nganh-va-huyen")
            .name("Thủ trưởng các Sở, ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố").kind(BodyKind.OTHER)
            .group(true).addMemberIds("so-ban-nganh", "ubnd-huyen").build())
        .addAssignment(Assignment.builder().id("thuc-hien-1").bodyId("so-nganh-va-huyen")
            .addTask(Task.of("nhiem-vu-1-1", "Căn cứ Kế hoạch này, đồng thời bám sát tình hình và nhiệm vụ cải cách "
                + "hành chính của cơ quan, đơn vị mình để chủ động tổ chức thực hiện tuyên truyền, phổ biến về công tác "
                + "cải cách hành chính cho phù hợp"))
            .build())
        .build();
  }
}
