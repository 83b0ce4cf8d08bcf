package io.kehoach.legacy.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTextRendererTest {

  private static final PlanTextRenderer RENDERER = PlanTextRenderer.create();

  private static Plan plan() {
    return Plan.builder()
        .issuer(IssuingBody.builder().name("VỤ CẢI CÁCH HÀNH CHÍNH").superiorBody("Bộ Nội vụ").build())
        .number(DocumentNumber.of(5, "KH", "CCHC")).place("Hà Nội").issueDate(LocalDate.of(2021, 3, 5))
        .subject("Truyền thông về cải cách hành chính năm 2021")
        .addObjective(Objective.of("o1", "Nâng cao nhận thức")).addObjective(Objective.of("o2", "Tăng cường phối hợp"))
        .addRecipient(Recipient.of("Bộ trưởng")).addRecipient(Recipient.archive("VT, CCHC"))
        .signature(Signature.builder().addMarker(SigningMarker.of(SigningAuthority.KT, "VỤ TRƯỞNG"))
            .position("PHÓ VỤ TRƯỞNG").name("Trần Văn An").build())
        .build();
  }

  @Test
  void layout_followsTheDecree() {
    String text = RENDERER.render(plan());
    assertThat(text).startsWith("BỘ NỘI VỤ\nVỤ CẢI CÁCH HÀNH CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        + "Độc lập - Tự do - Hạnh phúc\n\nSố: 05/KH-CCHC\nHà Nội, ngày 05 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
        + "Truyền thông về cải cách hành chính năm 2021\n");
    assertThat(text).contains("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức;\n- Tăng cường phối hợp.\n");
    assertThat(text).contains("Nơi nhận:\n- Bộ trưởng;\n- Lưu: VT, CCHC.\n");
    assertThat(text).endsWith("KT. VỤ TRƯỞNG\nPHÓ VỤ TRƯỞNG\n\nTrần Văn An\n");
  }

  @Test
  void renderedText_importsBack() {
    Plan back = PlanTextImporter.create().read(RENDERER.render(plan())).planOrThrow();
    assertThat(back.getNumber()).contains(DocumentNumber.of(5, "KH", "CCHC"));
    assertThat(back.getIssuer().getName()).isEqualTo("VỤ CẢI CÁCH HÀNH CHÍNH");
    assertThat(back.getIssuer().getSuperiorBody()).contains("BỘ NỘI VỤ");
    assertThat(back.getSignature()).isEqualTo(plan().getSignature());
    assertThat(back.getRecipients()).isEqualTo(plan().getRecipients());
  }
}
