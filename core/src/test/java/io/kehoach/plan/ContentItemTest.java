package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentItemTest {

  @Test
  void holdsAudiencesSectorsAndProcedures() {
    ContentItem c = ContentItem.builder().id("n4").theme("Thông tin rộng rãi về kết quả cải cách TTHC")
        .addAudiences(Audience.CITIZENS, Audience.BUSINESSES)
        .addFocusSectors(Sector.INVESTMENT, Sector.CONSTRUCTION, Sector.LAND, Sector.BUSINESS_REGISTRATION)
        .addProcedureCode(ProcedureCode.parse("1.001612")).addProcedureField("G03-GD10")
        .build();
    assertThat(c.getFocusSectors()).hasSize(4).contains(Sector.LAND);
    assertThat(c.getProcedureCodes()).extracting(ProcedureCode::toString).containsExactly("1.001612");
    assertThat(ContentItem.of("n1", "x").getAudiences()).isEmpty();
  }
}
