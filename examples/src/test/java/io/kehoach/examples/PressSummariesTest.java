package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PressSummariesTest {

  @Test
  void socTrang_statesNumberDatePeriodAndManyChannels() {
    Plan p = PressSummaries.socTrang2017To2020();
    assertThat(p.getNumber().get()).hasToString("36/KH-UBND");
    assertThat(p.getIssueDate()).contains(LocalDate.of(2017, 3, 21));
    assertThat(p.getPlace()).isEmpty();
    assertThat(p.getPeriod()).contains(Period.ofYears(2017, 2020));
    assertThat(p.getTerritory().get().getCode()).contains("94");
    assertThat(p.getChannels().stream().flatMap(c -> c.getKinds().stream()))
        .contains(ChannelKind.SURVEY, ChannelKind.HOTLINE, ChannelKind.QA_COLUMN, ChannelKind.NEWSLETTER,
            ChannelKind.PRESS_BRIEFING, ChannelKind.STUDY_VISIT, ChannelKind.OUTREACH_CAMPAIGN);
    assertThat(p.getLegalBases()).hasSize(1);
  }

  @Test
  void hoChiMinhCity_hasNoNumberNorDate() {
    Plan p = PressSummaries.hoChiMinhCity2017();
    assertThat(p.getNumber()).isEmpty();
    assertThat(p.getIssueDate()).isEmpty();
    assertThat(p.getPeriod()).contains(Period.ofYear(2017));
    assertThat(p.getTerritory().get().getCode()).contains("79");
    assertThat(p.getChannels()).flatExtracting(MediaChannel::getKinds).contains(ChannelKind.CORRESPONDENT_NETWORK);
  }

  @Test
  void province2024_fourContentItems() {
    Plan p = PressSummaries.province2024();
    assertThat(p.getContentItems()).hasSize(4);
    assertThat(p.getPeriod()).contains(Period.ofYear(2024));
    assertThat(p.getTerritory().get().getName()).isEqualTo("Phú Yên");
  }

  @Test
  void dakLak_issuedThroughADecision() {
    Plan p = PressSummaries.dakLak2018();
    assertThat(p.getIssuingDecision().get().getNumber().get()).hasToString("3596/QĐ-UBND");
    assertThat(p.getNumber()).isEmpty();
    assertThat(p.getPeriod()).contains(Period.ofYear(2018));
  }

  @Test
  void everySummary_isADraftWithoutSignature_andResolvesItsReferences() {
    Map<String, Plan> all = SeedPlans.all();
    assertThat(all).hasSize(5);
    all.forEach((seed, plan) -> {
      assertThat(References.dangling(plan)).as(seed).isEmpty();
      if (!seed.startsWith("003")) {
        assertThat(plan.getStatus()).as(seed).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getSignature()).as(seed).isEmpty();
      }
    });
  }
}
