package io.kehoach.examples;

import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DueDate;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Money;
import io.kehoach.plan.Period;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ReportingRule;

/** The code example of the README: build a plan, read the values documents write, compute due dates. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the example. */
  public static void main(String[] args) {
    // README:begin
    Plan plan = Plan.builder()
        .issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"))
        .number(DocumentNumber.parse("Số: 36 /KH-UBND"))          // stray spaces are fine
        .placeAndDate(PlaceAndDate.parse("Bình Phước, ngày 16 tháng 02 năm 2017"))
        .subject("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017")
        .period(Period.ofYear(2017))
        .addReportingRule(ReportingRule.builder().id("bao-cao-1")
            .addReporterId("co-quan-don-vi").recipientId("ubnd-tinh").intermediaryId("so-tu-phap")
            .addDeadline(Deadline.quarterly(15, 2, 4))           // "trước ngày 15 tháng cuối Quý II và Quý IV"
            .build())
        .build();

    System.out.println(plan.getNumber().get());                 // 36/KH-UBND
    System.out.println(plan.placeAndDate().get());              // Bình Phước, ngày 16 tháng 02 năm 2017
    for (DueDate due : plan.dueDates()) {
      System.out.println(due.getDate());                        // 2017-06-15, 2017-12-15
    }
    System.out.println(Money.parse("150 triệu đồng"));          // 150.000.000 đồng
    // README:end
  }
}
