package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VocabularyTest {

  private static final List<Class<? extends Vocabulary>> ALL = List.of(
      Audience.class, Sector.class, ChannelKind.class, BodyKind.class, AssignmentRole.class, FundingSource.class,
      BudgetStage.class, RecipientPurpose.class, ReportingFrequency.class, ProcedureLevel.class,
      OnlineServiceLevel.class, UnitLevel.class, PlanSection.class, TimingKind.class, DocumentType.class,
      SigningAuthority.class, PlanStatus.class);

  @TestFactory
  Stream<DynamicTest> everyVocabulary_hasUniqueLowerCaseCodesAndNfcLabels() {
    return ALL.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
      Set<String> codes = new HashSet<>();
      for (Vocabulary v : type.getEnumConstants()) {
        assertThat(v.getCode()).matches("[a-z][a-z0-9_]*");
        assertThat(codes.add(v.getCode())).as("duplicate code " + v.getCode()).isTrue();
        assertThat(v.getLabel().vi()).isNotBlank();
        assertThat(v.getLabel().en()).isNotBlank();
        assertThat(Normalizer.isNormalized(v.getLabel().vi(), Normalizer.Form.NFC)).isTrue();
      }
    }));
  }

  @Test
  void fromCode_findsTermOrNothing() {
    assertThat(Vocabulary.fromCode(ChannelKind.class, "print_press")).contains(ChannelKind.PRINT_PRESS);
    assertThat(Vocabulary.fromCode(ChannelKind.class, "PRINT_PRESS")).isEmpty();
  }

  @Test
  void label_followsLocale() {
    assertThat(ChannelKind.HOTLINE.label(Locale.ENGLISH)).isEqualTo("Hotline");
    assertThat(ChannelKind.HOTLINE.label(Locale.forLanguageTag("vi-VN"))).isEqualTo("Đường dây nóng");
    assertThat(ChannelKind.HOTLINE.label(Locale.FRENCH)).isEqualTo("Đường dây nóng");
  }

  @Test
  void reportingFrequency_months() {
    assertThat(ReportingFrequency.QUARTERLY.months()).isEqualTo(3);
    assertThat(ReportingFrequency.AD_HOC.isPeriodic()).isFalse();
  }
}
