package io.kehoach.examples;

import io.kehoach.plan.AdministrativeUnits;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Audience;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Sector;
import io.kehoach.plan.Signature;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;

/**
 * The complete official plan of seed 003: Kế hoạch 36/KH-UBND of the Bình Phước provincial
 * committee, 16 February 2017, on communication about the control of administrative procedures,
 * built in code in full detail. Texts are quoted from the document as written (including its
 * spellings, such as "áp pích" and "UBNTTQVN").
 */
public final class BinhPhuoc2017 {
  private BinhPhuoc2017() {}

  /** The plan. */
  public static Plan plan() {
    PlaceAndDate placeAndDate = PlaceAndDate.parse("Bình Phước, ngày 16 tháng 02 năm 2017");
    return Plan.builder()
        // The seed's text starts at the number: its header block was lost in copying. The symbol
        // (UBND), the place and DOMAIN.md name the issuer.
        .issuer(IssuingBody.builder().name("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC").bodyId("ubnd-tinh").build())
        .number(DocumentNumber.parse("Số: 36 /KH-UBND"))
        .placeAndDate(placeAndDate)
        .subject("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước")
        .period(Period.ofYear(2017))
        .territory(AdministrativeUnits.provinceNamed("Bình Phước", placeAndDate.getDate()).orElseThrow())
        .status(PlanStatus.ISSUED)
        .addAllBodies(java.util.List.of(
            ResponsibleBody.builder().id("ubnd-tinh").name("Ủy ban nhân dân tỉnh Bình Phước")
                .kind(BodyKind.PROVINCIAL_COMMITTEE).abbreviation("UBND tỉnh").build(),
            ResponsibleBody.builder().id("so-ban-nganh").name("Các sở, ban, ngành").kind(BodyKind.DEPARTMENT)
                .group(true).headTitle("Thủ trưởng").build(),
            ResponsibleBody.of("so-tu-phap", "Sở Tư pháp", BodyKind.DEPARTMENT),
            ResponsibleBody.of("so-tai-chinh", "Sở Tài chính", BodyKind.DEPARTMENT),
            ResponsibleBody.of("so-noi-vu", "Sở Nội vụ", BodyKind.DEPARTMENT),
            ResponsibleBody.of("dai-ptth", "Đài Phát thanh và Truyền hình Bình Phước", BodyKind.PRESS),
            ResponsibleBody.of("bao-binh-phuoc", "Báo Bình Phước", BodyKind.PRESS),
            ResponsibleBody.builder().id("dai-bao-tinh").name("Đài Phát thanh và Truyền hình Bình Phước, Báo Bình Phước")
                .kind(BodyKind.PRESS).group(true).addMemberIds("dai-ptth", "bao-binh-phuoc").build(),
            ResponsibleBody.builder().id("ubnd-huyen").name("UBND các huyện, thị xã").kind(BodyKind.DISTRICT_COMMITTEE)
                .group(true).headTitle("Chủ tịch").build(),
            ResponsibleBody.builder().id("ubnd-xa").name("UBND các xã, phường, thị trấn")
                .kind(BodyKind.COMMUNE_COMMITTEE).group(true).headTitle("Chủ tịch").build(),
            ResponsibleBody.builder().id("van-phong-ubnd-tinh").name("Văn phòng UBND tỉnh")
                .kind(BodyKind.COMMITTEE_OFFICE).build(),
            ResponsibleBody.builder().id("co-quan-lien-quan").name("Các cơ quan có liên quan").kind(BodyKind.OTHER)
                .group(true).build(),
            ResponsibleBody.builder().id("co-quan-don-vi").name("Các cơ quan, đơn vị").kind(BodyKind.OTHER)
                .group(true).build()))
        // I.1 Mục đích
        .addObjective(Objective.of("muc-dich-1", "Tuyên truyền kịp thời, sâu rộng các văn bản chỉ đạo của Chính phủ, "
            + "Thủ tướng Chính phủ, Bộ, ngành Trung ương và văn bản chỉ đạo, hướng dẫn của địa phương về công tác cải "
            + "cách hành chính, kiểm soát thủ tục hành chính nhằm nâng cao nhận thức của cán bộ, công chức, viên chức "
            + "và nhân dân trên địa bàn về ý nghĩa, mục tiêu và tầm quan trọng của công tác kiểm soát thủ tục hành chính"))
        .addObjective(Objective.of("muc-dich-2", "Nâng cao vai trò, trách nhiệm của các cấp, các ngành, các cơ quan "
            + "đoàn thể chính trị, chính trị - xã hội trong việc thực hiện truyền thông về kiểm soát thủ tục hành chính"))
        .addObjective(Objective.of("muc-dich-3", "Công khai, minh bạch các thông tin về thủ tục hành chính nhằm tạo "
            + "điều kiện cho tổ chức, cá nhân tiếp cận, thực hiện và giám sát việc thực hiện thủ tục hành chính; huy "
            + "động người dân, doanh nghiệp giám sát hoạt động cải cách thủ tục hành chính của cơ quan hành chính Nhà "
            + "nước mà cụ thể là đội ngũ cán bộ, công chức, viên chức, từ đó góp phần nâng cao tinh thần trách nhiệm, "
            + "trình độ chuyên môn nghiệp vụ, tính chuyên nghiệp trong quá trình giải quyết công việc có liên quan đến "
            + "thủ tục hành chính cho tổ chức, cá nhân"))
        .addObjective(Objective.of("muc-dich-4", "Phát huy vai trò của các cơ quan Truyền thông, Đài, Báo trong việc "
            + "phản ánh chính xác, kịp thời những mặt tích cực hoặc chưa hiệu quả của tổ chức, cá nhân trong thực hiện "
            + "nhiệm vụ cải cách thủ tục hành chính"))
        .addObjective(Objective.of("muc-dich-5", "Nâng cao chỉ số cải cách hành chính, cải thiện môi trường kinh "
            + "doanh và thu hút đầu tư"))
        // I.2 Yêu cầu
        .addRequirement(Requirement.of("yeu-cau-1", "Đảm bảo cho mọi tổ chức, cá nhân trên địa bàn tỉnh nhận thức và "
            + "hiểu biết tầm quan trọng của công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính trên địa "
            + "bàn; đồng thời, tích cực tham gia phát huy sáng kiến cải tiến công tác cải cách thủ tục hành chính đáp "
            + "ứng ngày càng phục vụ tốt hơn trong giải quyết hồ sơ đối với cơ quan hành chính Nhà nước với tổ chức, "
            + "cá nhân"))
        .addRequirement(Requirement.of("yeu-cau-2", "Các nội dung về cải cách thủ tục hành chính, kiểm soát thủ tục "
            + "hành chính được triển khai một cách kịp thời, đầy đủ, thường xuyên, rộng khắp, phù hợp với địa phương, "
            + "với từng đối tượng"))
        .addRequirement(Requirement.of("yeu-cau-3", "Các cấp, các ngành, các cơ quan, đơn vị chỉ đạo, triển khai công "
            + "tác truyền thông cần bám sát nội dung kế hoạch; đồng thời lựa chọn hình thức tuyên truyền thích hợp, "
            + "hiệu quả"))
        // II.1 Nội dung
        .addContentItem(ContentItem.of("noi-dung-1", "Tiếp tục tuyên truyền các chủ trương, chính sách của Đảng, pháp "
            + "luật của Nhà nước về công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính"))
        .addContentItem(ContentItem.builder().id("noi-dung-2").theme("Truyền thông về quyền, nghĩa vụ, trách nhiệm, ý "
                + "thức tổ chức kỷ luật, đạo đức của cán bộ, công chức, viên chức được phân công thực hiện thủ tục "
                + "hành chính, kiểm soát thủ tục hành chính; quyền và nghĩa vụ của tổ chức, doanh nghiệp, công dân "
                + "trong mối quan hệ với cơ quan hành chính Nhà nước")
            .addAudiences(Audience.OFFICIALS, Audience.ORGANISATIONS, Audience.BUSINESSES, Audience.CITIZENS).build())
        .addContentItem(ContentItem.builder().id("noi-dung-3").theme("Truyền thông về việc công khai, minh bạch thủ tục "
                + "hành chính; việc tiếp nhận, giải quyết phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành "
                + "chính, thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ban, ngành và Ủy ban nhân dân các "
                + "cấp")
            .addAudiences(Audience.CITIZENS, Audience.ORGANISATIONS).build())
        .addContentItem(ContentItem.builder().id("noi-dung-4").theme("Thông tin rộng rãi đến người dân và doanh nghiệp "
                + "về hoạt động và kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính, kiểm soát thủ tục hành chính "
                + "của các cấp, các ngành, trọng tâm tuyên truyền vào việc giải quyết thủ tục hành chính của các cơ quan "
                + "hành chính Nhà nước cho cá nhân, tổ chức; trong đó tập trung vào một số lĩnh vực chủ yếu, nhạy cảm "
                + "như: Đầu tư, xây dựng, đất đai, đăng ký kinh doanh...")
            .addAudiences(Audience.CITIZENS, Audience.BUSINESSES)
            .addFocusSectors(Sector.INVESTMENT, Sector.CONSTRUCTION, Sector.LAND, Sector.BUSINESS_REGISTRATION).build())
        .addContentItem(ContentItem.of("noi-dung-5", "Tuyên truyền, biểu dương những tập thể, cá nhân thực hiện tốt, có "
            + "thái độ tích cực trong công tác kiểm soát thủ tục hành chính; phê phán những hiện tượng tiêu cực, thái "
            + "độ cửa quyền, hách dịch, gây khó khăn, phiền hà cho cá nhân, tổ chức trong quá trình giải quyết thủ tục "
            + "hành chính"))
        // II.2 Hình thức
        .addChannel(MediaChannel.builder().id("hinh-thuc-1")
            .addKinds(ChannelKind.BROADCAST, ChannelKind.PRINT_PRESS, ChannelKind.GRASSROOTS_LOUDSPEAKER,
                ChannelKind.PORTAL, ChannelKind.AGENCY_WEBSITE)
            .description("Thông qua các phương tiện thông tin đại chúng như: Đài Phát thanh và Truyền hình Bình Phước, "
                + "Báo Bình Phước, Đài Phát thanh các huyện, thị xã, xã, phường thị trấn, Cổng Thông tin điện tử của "
                + "tỉnh, Trang tin điện tử của các cơ quan, đơn vị...")
            .addOutlet(Outlet.builder().name("Đài Phát thanh và Truyền hình Bình Phước").kind(ChannelKind.BROADCAST)
                .bodyId("dai-ptth").build())
            .addOutlet(Outlet.builder().name("Báo Bình Phước").kind(ChannelKind.PRINT_PRESS).bodyId("bao-binh-phuoc")
                .build())
            .addOutlet(Outlet.of("Đài Phát thanh các huyện, thị xã, xã, phường thị trấn",
                ChannelKind.GRASSROOTS_LOUDSPEAKER))
            .addOutlet(Outlet.of("Cổng Thông tin điện tử của tỉnh", ChannelKind.PORTAL))
            .addOutlet(Outlet.of("Trang tin điện tử của các cơ quan, đơn vị", ChannelKind.AGENCY_WEBSITE))
            .build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-2")
            .addKinds(ChannelKind.TRAINING, ChannelKind.CONTEST, ChannelKind.INTEGRATION)
            .description("Truyền thông qua các hình thức như: Tổ chức các lớp tập huấn, bồi dưỡng về kiểm soát thủ tục "
                + "hành chính cho đội ngũ cán bộ, công chức, viên chức; tổ chức các cuộc thi tìm hiểu; kết hợp lồng "
                + "ghép hoạt động kiểm soát thủ tục hành chính với tuyên truyền, phổ biến các chủ trương, chính sách "
                + "của Đảng và pháp luật của Nhà nước...")
            .build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-3").addKind(ChannelKind.PUBLIC_POSTING)
            .description("Công khai đầy đủ, rõ ràng, đúng quy định các thủ tục hành chính tại trụ sở làm việc của các "
                + "cơ quan, đơn vị, tạo điều kiện thuận lợi cho tổ chức, cá nhân tra cứu, cập nhật và tìm hiểu thông tin")
            .build())
        .addChannel(MediaChannel.builder().id("hinh-thuc-4").addKinds(ChannelKind.VISUAL_MATERIALS, ChannelKind.LEAFLET)
            .description("Các hình thức tuyên truyền khác như pa nô, áp pích, phát tờ rơi phù hợp với đặc điểm, tình "
                + "hình của cơ quan, đơn vị, địa phương")
            .build())
        // III. Tổ chức thực hiện
        .addAssignment(Assignment.builder().id("thuc-hien-1").bodyId("so-ban-nganh")
            .addTask(Task.of("nhiem-vu-1-1", "Tổ chức triển khai thực hiện kế hoạch này; tuyên truyền sâu rộng nội dung "
                + "hoạt động kiểm soát thủ tục hành chính trong cán bộ, công chức, viên chức, người lao động của cơ "
                + "quan, đơn vị mình; đồng thời tuyên truyền cho người dân và doanh nghiệp về ý nghĩa, tầm quan trọng "
                + "của công tác kiểm soát thủ tục hành chính"))
            .build())
        .addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("so-tu-phap")
            .addTask(Task.builder().id("nhiem-vu-2-1").description("Phối kết hợp Đài Phát thanh và Truyền hình Bình "
                    + "Phước, Báo Bình Phước xây dựng chương trình cụ thể về thời lượng đưa tin và phát sóng tuyên "
                    + "truyền, in ấn, pa nô, áp pích về hoạt động kiểm soát thủ tục hành chính; cập nhật, đưa tin, bài "
                    + "giới thiệu sáng kiến, kinh nghiệm, gương cá nhân, tập thể tiêu biểu điển hình trong việc thực "
                    + "hiện nhiệm vụ kiểm soát thủ tục hành chính; đôn đốc các sở, ban, ngành và UBND các huyện, thị "
                    + "xã thực hiện tốt những nội dung trong Kế hoạch này")
                .addParticipant(TaskParticipant.coordinate("dai-ptth"))
                .addParticipant(TaskParticipant.coordinate("bao-binh-phuoc"))
                .addOutput("Chương trình cụ thể về thời lượng đưa tin và phát sóng tuyên truyền")
                .addOutput("Pa nô, áp pích về hoạt động kiểm soát thủ tục hành chính")
                .addChannelIds("hinh-thuc-1", "hinh-thuc-4")
                .addContentItemId("noi-dung-5")
                .build())
            .addTask(Task.builder().id("nhiem-vu-2-2").description("Có trách nhiệm theo dõi việc triển khai thực hiện "
                    + "kế hoạch này, theo chức năng, nhiệm vụ được giao định kỳ 6 tháng, năm tổng hợp kết quả thực "
                    + "hiện, báo cáo Ủy ban nhân dân tỉnh theo quy định")
                .addParticipant(TaskParticipant.of("so-tu-phap", AssignmentRole.MONITOR))
                .addOutput("Báo cáo kết quả thực hiện 6 tháng, năm")
                .build())
            .build())
        .addAssignment(Assignment.builder().id("thuc-hien-3").bodyId("ubnd-huyen")
            .addTask(Task.of("nhiem-vu-3-1", "Xây dựng kế hoạch và tổ chức thực hiện tại địa phương"))
            // The district chairs direct the commune chairs, who carry the plan out locally: of the
            // three roles of the model, the commune committees coordinate.
            .addTask(Task.builder().id("nhiem-vu-3-2").description("Chỉ đạo Chủ tịch UBND các xã phường, thị trấn tổ "
                    + "chức triển khai thực hiện có hiệu quả kế hoạch của tỉnh, huyện, thị xã")
                .addParticipant(TaskParticipant.coordinate("ubnd-xa")).build())
            .build())
        .addAssignment(Assignment.builder().id("thuc-hien-4").bodyId("dai-bao-tinh")
            .addTask(Task.builder().id("nhiem-vu-4-1").description("Tiếp tục thực hiện có hiệu quả chuyên mục cải cách "
                    + "thủ tục hành chính, cải cách hành chính nhà nước; mở chuyên trang, chuyên mục về cải cách thủ "
                    + "tục hành chính")
                .addOutput("Chuyên trang, chuyên mục về cải cách thủ tục hành chính")
                .addChannelId("hinh-thuc-1").timing(Timing.ongoing()).build())
            .build())
        .addAssignment(Assignment.builder().id("thuc-hien-5").bodyId("van-phong-ubnd-tinh")
            .addTask(Task.of("nhiem-vu-5-1", "Bảo đảm và duy trì đường kết nối giữa Cổng Thông tin điện tử của tỉnh với "
                + "Cơ sở dữ liệu quốc gia về thủ tục hành chính"))
            .addTask(Task.builder().id("nhiem-vu-5-2").description("Phối hợp với Sở Nội vụ, Sở Tư pháp và các cơ quan "
                    + "liên quan cập nhật, đưa thông tin về hoạt động kiểm soát thủ tục hành chính trên Cổng Thông tin "
                    + "điện tử của tỉnh, trang website của tỉnh bảo đảm liên tục, thường xuyên, có chất lượng")
                .addParticipant(TaskParticipant.coordinate("so-noi-vu"))
                .addParticipant(TaskParticipant.coordinate("so-tu-phap"))
                .addParticipant(TaskParticipant.coordinate("co-quan-lien-quan"))
                .addChannelId("hinh-thuc-1").timing(Timing.ongoing()).build())
            .build())
        // IV.1 Kinh phí thực hiện
        .budget(Budget.builder()
            .addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, "so-tu-phap"))
            .addApprovalChain(ApprovalStep.of(BudgetStage.APPRAISE, "so-tai-chinh"))
            .addApprovalChain(ApprovalStep.of(BudgetStage.DECIDE, "ubnd-tinh"))
            .addApprovalChain(ApprovalStep.of(BudgetStage.ALLOCATE, "so-tai-chinh"))
            .text("Giao Sở Tư pháp căn cứ Kế hoạch này phối hợp Báo Bình Phước, Đài Phát thanh và Truyền hình Bình "
                + "Phước, các cơ quan có liên quan lập dự trù kinh phí thực hiện gửi Sở Tài chính thẩm định, trình UBND "
                + "tỉnh xem xét, quyết định. Giao Sở Tài chính hướng dẫn và bố trí nguồn kinh phí thực hiện Kế hoạch "
                + "này theo quy định.")
            .build())
        // IV.2 Chế độ thông tin báo cáo, and the six-monthly and yearly summary of III.2
        .addReportingRule(ReportingRule.builder().id("bao-cao-1").addReporterId("co-quan-don-vi")
            .recipientId("ubnd-tinh").intermediaryId("so-tu-phap")
            .addDeadline(Deadline.quarterly(15, 2, 4))
            .text("Định kỳ trước ngày 15 tháng cuối Quý II và Quý IV của năm, các cơ quan đơn vị gửi báo cáo về UBND "
                + "tỉnh (thông qua Sở Tư pháp) để tổng hợp.")
            .build())
        .addReportingRule(ReportingRule.builder().id("bao-cao-2").addReporterId("so-tu-phap").recipientId("ubnd-tinh")
            .addDeadline(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY))
            .addDeadline(Deadline.endOfEach(ReportingFrequency.YEARLY))
            .text("định kỳ 6 tháng, năm tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh theo quy định")
            .build())
        .closingText("Trên đây là Kế hoạch Truyền thông về hoạt động kiểm soát thủ tục hành chính trên địa bàn tỉnh "
            + "năm 2017. Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, các tổ chức đoàn thể, các cơ quan, "
            + "đơn vị, địa phương thực hiện nghiêm túc Kế hoạch này./.")
        .addRecipient(Recipient.of("Văn phòng Chính phủ"))
        .addRecipient(Recipient.of("Cục kiểm soát TTHC Văn phòng CP"))
        .addRecipient(Recipient.of("TTTU, TT.HĐND, UBNTTQVN tỉnh"))
        .addRecipient(Recipient.of("Chủ tịch, các PCT UBND tỉnh"))
        .addRecipient(Recipient.builder().name("Các sở, ban, ngành tỉnh").bodyId("so-ban-nganh").build())
        .addRecipient(Recipient.builder().name("Đài Phát thanh và Truyền hình Bình Phước").bodyId("dai-ptth").build())
        .addRecipient(Recipient.builder().name("Báo Bình Phước").bodyId("bao-binh-phuoc").build())
        .addRecipient(Recipient.builder().name("UBND các huyện, thị xã").bodyId("ubnd-huyen").build())
        .addRecipient(Recipient.of("LĐVP; TTTH-Công báo"))
        .addRecipient(Recipient.archive("VT, NC (KH03)"))
        .signature(Signature.of("CHỦ TỊCH", "Nguyễn Văn Trâm"))
        .build();
  }
}
