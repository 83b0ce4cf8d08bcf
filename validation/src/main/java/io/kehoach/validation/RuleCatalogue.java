package io.kehoach.validation;

import io.kehoach.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every validation rule of kehoach, with its stable code, description, source and severity per
 * profile; {@code docs/rules.md} is generated from it by the build.
 *
 * <p>The severities column of each rule reads issued / draft / imported. Rules that rest on facts
 * REFERENCE.md marks [agreed] or [unverified] are warnings, not errors, in every profile. Thread-safe.
 *
 * @since 0.1
 */
public final class RuleCatalogue {
  private static final String DECREE = "Decree 30/2020/NĐ-CP";
  private static final String PRACTICE = "domain practice";

  // -- form of values (Bean Validation constraints on the model) ---------------------------------

  /** A required text is blank. */
  public static final String VALUE_REQUIRED = "value.required";
  /** A text is longer than the model's limit for it ({@link io.kehoach.plan.Limits}). */
  public static final String VALUE_TOO_LONG = "value.too-long";
  /** An identifier is not 1 to 100 ASCII letters, digits, {@code . _ : -}. */
  public static final String ID_FORMAT = "id.format";
  /** Text holds control characters, bidirectional overrides or U+FFFD. */
  public static final String TEXT_CONTROL_CHARACTERS = "text.control-characters";
  /** A name mixes letters of several scripts (look-alike letters). */
  public static final String TEXT_MIXED_SCRIPTS = "text.mixed-scripts";
  /** An amount is not a whole number of VND. */
  public static final String MONEY_WHOLE_VND = "money.whole-vnd";
  /** A period starts after it ends. */
  public static final String PERIOD_REVERSED = "period.reversed";

  // -- number and symbol ---------------------------------------------------------------------------

  /** An issued plan has no number and symbol. */
  public static final String NUMBER_MISSING = "number.missing";
  /** The type abbreviation is missing from a plan's symbol. */
  public static final String NUMBER_TYPE_MISSING = "number.type-missing";
  /** The type abbreviation is not in the decree's table. */
  public static final String NUMBER_TYPE_UNKNOWN = "number.type-unknown";
  /** The type abbreviation is in the table but written in another case ({@code Kh}). */
  public static final String NUMBER_TYPE_CASE = "number.type-case";
  /** The type abbreviation names another type than the document's ({@code QĐ} on a plan). */
  public static final String NUMBER_TYPE_MISMATCH = "number.type-mismatch";
  /** A number below 10 is written without its leading zero. */
  public static final String NUMBER_LEADING_ZERO = "number.leading-zero";
  /** An administrative document carries a year in its symbol. */
  public static final String NUMBER_YEAR_IN_SYMBOL = "number.year-in-symbol";

  // -- dates, period, status ---------------------------------------------------------------------

  /** An issued plan has no date of issue. */
  public static final String DATE_ISSUE_MISSING = "date.issue-missing";
  /** An issued plan has no place of issue. */
  public static final String PLACE_MISSING = "place.missing";
  /** The plan states no period. */
  public static final String PERIOD_MISSING = "period.missing";
  /** The plan was issued after its period ended. */
  public static final String DATE_ISSUED_AFTER_PERIOD = "date.issued-after-period";
  /** A change of status that the lifecycle does not allow. */
  public static final String STATUS_TRANSITION = "status.transition";

  // -- references ----------------------------------------------------------------------------------

  /** Two parts of the same kind share an id. */
  public static final String ID_DUPLICATE = "id.duplicate";
  /** A body id that no declared body has. */
  public static final String REF_BODY = "ref.body";
  /** A content item id that no declared content item has. */
  public static final String REF_CONTENT_ITEM = "ref.content-item";
  /** A channel id that no declared channel has. */
  public static final String REF_CHANNEL = "ref.channel";
  /** A task id that no task of the plan has. */
  public static final String REF_TASK = "ref.task";
  /** A task has no lead, or more than one. */
  public static final String TASK_LEAD = "task.lead";

  // -- budget and reporting -----------------------------------------------------------------------

  /** A budget amount is below zero. */
  public static final String BUDGET_NEGATIVE = "budget.negative";
  /** The stated total differs from the sum of the lines. */
  public static final String BUDGET_TOTAL = "budget.total-mismatch";
  /** A reporting rule gives no due date inside the plan's period. */
  public static final String REPORTING_NO_DUE_DATE = "reporting.no-due-date";

  // -- closing -------------------------------------------------------------------------------------

  /** An issued plan has no signature. */
  public static final String SIGNATURE_MISSING = "signature.missing";
  /** A {@code KT.} signature whose position is not a deputy's. */
  public static final String SIGNATURE_DEPUTY = "signature.deputy-position";
  /** Signing markers out of order or repeated. */
  public static final String SIGNATURE_MARKER_ORDER = "signature.marker-order";
  /** An issued plan has no recipients. */
  public static final String RECIPIENTS_MISSING = "recipients.missing";
  /** The recipient list does not end with the archive entry. */
  public static final String RECIPIENTS_ARCHIVE_LAST = "recipients.archive-last";
  /** The subject is longer than the exchange format carries. */
  public static final String SUBJECT_TOO_LONG = "subject.too-long";

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    bean(VALUE_REQUIRED, "EEE", PRACTICE,
        "Thiếu giá trị bắt buộc", "A required value is blank");
    bean(VALUE_TOO_LONG, "EEW", PRACTICE,
        "Văn bản dài quá giới hạn (tên 300, dòng 2.000, đoạn 20.000, văn bản 200.000 ký tự)",
        "A text is longer than its limit (name 300, line 2,000, paragraph 20,000, text 200,000 characters)");
    bean(ID_FORMAT, "EEW", PRACTICE,
        "Mã định danh phải gồm 1 đến 100 chữ cái, chữ số ASCII và các dấu . _ : -",
        "An identifier must be 1 to 100 ASCII letters, digits and . _ : -");
    bean(TEXT_CONTROL_CHARACTERS, "EEW", PRACTICE,
        "Văn bản chứa ký tự điều khiển, ký tự đảo chiều hoặc ký tự thay thế U+FFFD (dấu hiệu giải mã sai)",
        "Text holds control characters, bidirectional overrides or U+FFFD (a sign of a wrong decoding)");
    bean(TEXT_MIXED_SCRIPTS, "WWW", PRACTICE,
        "Tên trộn lẫn chữ cái của nhiều hệ chữ (có thể là ký tự giả mạo trông giống nhau)",
        "A name mixes letters of several scripts (possibly look-alike characters)");
    bean(MONEY_WHOLE_VND, "EEW", PRACTICE + " (the đồng has no minor unit)",
        "Số tiền phải là số nguyên đồng Việt Nam (VND)", "An amount must be a whole number of Vietnamese đồng (VND)");
    bean(PERIOD_REVERSED, "EEE", PRACTICE,
        "Thời kỳ có ngày bắt đầu sau ngày kết thúc", "The period starts after it ends");

    domain(NUMBER_MISSING, "E-W", DECREE + ", mandatory components",
        "Văn bản ban hành thiếu số, ký hiệu", "An issued plan has no number and symbol");
    domain(NUMBER_TYPE_MISSING, "EWW", DECREE + ", Appendix I (symbol)",
        "Ký hiệu văn bản thiếu chữ viết tắt tên loại (KH đối với kế hoạch)",
        "The symbol has no type abbreviation (KH for a plan)");
    // [agreed] the table of abbreviations: lenient.
    domain(NUMBER_TYPE_UNKNOWN, "WWW", DECREE + ", Appendix III (abbreviations) [agreed]",
        "Chữ viết tắt tên loại văn bản không có trong bảng của Nghị định 30/2020/NĐ-CP",
        "The type abbreviation is not in the table of Decree 30/2020/NĐ-CP");
    domain(NUMBER_TYPE_CASE, "WWW", DECREE + ", Appendix III (abbreviations) [agreed]",
        "Chữ viết tắt tên loại văn bản viết sai chữ hoa, chữ thường", "The type abbreviation is in the wrong case");
    // KH for a plan is seen in the real plan of seed 003, not only in the [agreed] table.
    domain(NUMBER_TYPE_MISMATCH, "EWW", DECREE + ", Appendix III (abbreviations)",
        "Chữ viết tắt tên loại trong ký hiệu không khớp với loại văn bản (KH đối với kế hoạch)",
        "The type abbreviation does not match the document type (KH for a plan)");
    // [agreed] the leading zero below 10: lenient.
    domain(NUMBER_LEADING_ZERO, "WWI", DECREE + ", Appendix I (number) [agreed]",
        "Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước (05/KH-UBND)",
        "A number below 10 is written with a leading zero (05/KH-UBND)");
    domain(NUMBER_YEAR_IN_SYMBOL, "WWW", DECREE + ", Appendix I (symbol) [agreed]",
        "Văn bản hành chính không ghi năm trong ký hiệu", "An administrative document carries no year in its symbol");

    domain(DATE_ISSUE_MISSING, "E-W", DECREE + ", mandatory components",
        "Văn bản ban hành thiếu ngày, tháng, năm ban hành", "An issued plan has no date of issue");
    domain(PLACE_MISSING, "E-W", DECREE + ", mandatory components",
        "Văn bản ban hành thiếu địa danh", "An issued plan has no place of issue");
    domain(PERIOD_MISSING, "WII", PRACTICE,
        "Kế hoạch không nêu thời gian thực hiện", "The plan states no period");
    domain(DATE_ISSUED_AFTER_PERIOD, "WWI", PRACTICE,
        "Kế hoạch được ban hành sau khi thời kỳ thực hiện đã kết thúc", "The plan was issued after its period ended");
    domain(STATUS_TRANSITION, "EEE", PRACTICE,
        "Chuyển trạng thái không đúng quy trình (dự thảo → trình → phê duyệt → ban hành → thực hiện)",
        "A change of status the lifecycle does not allow (draft → submitted → approved → issued → in progress)");

    domain(ID_DUPLICATE, "EEE", PRACTICE,
        "Mã định danh bị trùng giữa hai phần cùng loại", "Two parts of the same kind share an identifier");
    domain(REF_BODY, "EEE", PRACTICE,
        "Mã cơ quan không có trong danh sách cơ quan của kế hoạch", "The body id is not declared among the plan's bodies");
    domain(REF_CONTENT_ITEM, "EEE", PRACTICE,
        "Mã nội dung không có trong kế hoạch", "The content item id is not declared in the plan");
    domain(REF_CHANNEL, "EEE", PRACTICE,
        "Mã hình thức truyền thông không có trong kế hoạch", "The channel id is not declared in the plan");
    domain(REF_TASK, "EEE", PRACTICE,
        "Mã nhiệm vụ không có trong kế hoạch", "The task id is not declared in the plan");
    domain(TASK_LEAD, "EWW", PRACTICE,
        "Mỗi nhiệm vụ phải có đúng một cơ quan chủ trì", "Each task must have exactly one lead body");

    domain(BUDGET_NEGATIVE, "EEE", PRACTICE,
        "Số tiền trong dự toán không được âm", "A budget amount must not be negative");
    domain(BUDGET_TOTAL, "EWW", PRACTICE,
        "Tổng kinh phí khác tổng các khoản", "The stated total differs from the sum of the lines");
    domain(REPORTING_NO_DUE_DATE, "WII", PRACTICE,
        "Chế độ báo cáo không cho hạn báo cáo nào trong thời gian thực hiện kế hoạch",
        "The reporting rule gives no due date inside the plan's period");

    domain(SIGNATURE_MISSING, "E-W", DECREE + ", mandatory components",
        "Văn bản ban hành thiếu quyền hạn, chức vụ, họ tên người ký", "An issued plan has no signature block");
    // [agreed] the signing markers: lenient where the position is unusual.
    domain(SIGNATURE_DEPUTY, "WWW", DECREE + ", Appendix I (signature) [agreed]",
        "Ký thay (KT.) phải do cấp phó ký: chức vụ phải là PHÓ ...",
        "A KT. signature is signed by a deputy: the position must be PHÓ ...");
    domain(SIGNATURE_MARKER_ORDER, "WWW", DECREE + ", Appendix I (signature) [agreed]",
        "Dòng thẩm quyền ký lặp lại hoặc sai thứ tự (TM. đứng trước)",
        "Signing authority lines repeated or out of order (TM. first)");
    domain(RECIPIENTS_MISSING, "E-W", DECREE + ", mandatory components",
        "Văn bản ban hành thiếu nơi nhận", "An issued plan has no recipients");
    domain(RECIPIENTS_ARCHIVE_LAST, "WII", DECREE + ", Appendix I (recipients)",
        "Nơi nhận phải kết thúc bằng dòng Lưu", "The recipient list must end with the archive entry (Lưu)");
    // [unverified] the 500-character limit comes from one edXML implementation's checker.
    domain(SUBJECT_TOO_LONG, "WWI", "QCVN 102:2016/BTTTT edXML Subject ≤ 500 [unverified]",
        "Trích yếu dài hơn 500 ký tự, quá giới hạn của gói tin edXML",
        "The subject is longer than the 500 characters an edXML envelope carries");
  }

  private RuleCatalogue() {}

  private static void bean(String code, String severities, String source, String vi, String en) {
    add(code, severities, source, vi, en, true);
  }

  private static void domain(String code, String severities, String source, String vi, String en) {
    add(code, severities, source, vi, en, false);
  }

  private static void add(String code, String severities, String source, String vi, String en, boolean bean) {
    Map<ValidationProfile, Severity> map = new EnumMap<>(ValidationProfile.class);
    ValidationProfile[] profiles = ValidationProfile.values();
    for (int i = 0; i < profiles.length; i++) {
      char c = severities.charAt(i);
      if (c != '-') {
        map.put(profiles[i], c == 'E' ? Severity.ERROR : c == 'W' ? Severity.WARNING : Severity.INFO);
      }
    }
    RULES.put(code, Rule.builder().code(code).description(LocalizedText.of(vi, en)).source(source)
        .beanValidation(bean).severities(map).build());
  }

  /** Every rule, in catalogue order. */
  public static List<Rule> rules() {
    return Collections.unmodifiableList(new ArrayList<>(RULES.values()));
  }

  /** The rule with {@code code}, or empty. */
  public static Optional<Rule> rule(String code) {
    return Optional.ofNullable(RULES.get(code));
  }
}
