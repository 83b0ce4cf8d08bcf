package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kehoach.InvalidDataException;
import io.kehoach.json.internal.Migrations;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatVersionTest {

  private static final PlanMapper MAPPER = PlanMapper.create();
  private static final String BODY = "\"issuer\": {\"name\": \"U\"}, \"subject\": \"x\"}";

  @Test
  void missingVersion_isRejected() {
    assertThatThrownBy(() -> MAPPER.read(PlanFormat.JSON, "{" + BODY))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("Missing formatVersion");
  }

  @Test
  void newerMajor_isRefusedClearly() {
    assertThatThrownBy(() -> MAPPER.read(PlanFormat.JSON, "{\"formatVersion\": \"2.0\", " + BODY))
        .isInstanceOf(UnsupportedFormatVersionException.class)
        .hasMessageContaining("newer than 1.0").hasMessageContaining("upgrade kehoach")
        .satisfies(e -> {
          UnsupportedFormatVersionException x = (UnsupportedFormatVersionException) e;
          assertThat(x.getVersion()).isEqualTo("2.0");
          assertThat(x.getLocation().get().getPointer()).contains("/formatVersion");
        });
  }

  @Test
  void newerMinor_ofTheSameMajor_isRead() {
    assertThat(MAPPER.read(PlanFormat.JSON, "{\"formatVersion\": \"1.3\", " + BODY).getFormatVersion()).isEqualTo("1.3");
  }

  @Test
  void olderVersion_withoutMigration_isRefused() {
    assertThatThrownBy(() -> MAPPER.read(PlanFormat.JSON, "{\"formatVersion\": \"0.9\", " + BODY))
        .isInstanceOf(UnsupportedFormatVersionException.class).hasMessageContaining("No migration from format version 0.9");
  }

  @Test
  void malformedVersion_isRejected() {
    assertThatThrownBy(() -> MAPPER.read(PlanFormat.JSON, "{\"formatVersion\": \"one\", " + BODY))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("must look like \"1.0\"");
  }

  @Test
  void migrationChain_appliesStepsInOrder_andStopsOnAGap() {
    // Two steps written for the test: 0.8 renamed "title" to "subject"; 0.9 made "period" an object.
    Migrations chain = new Migrations(List.of(
        new Migrations.Step("0.8", "0.9", t -> {
          t.set("subject", t.remove("title"));
          return t;
        }),
        new Migrations.Step("0.9", "1.0", t -> {
          String year = t.remove("year").asText();
          ObjectNode period = t.putObject("period");
          period.put("start", year + "-01-01");
          period.put("end", year + "-12-31");
          return t;
        })));
    PlanMapper migrating = PlanMapper.builder().migrations(chain).build();
    PlanDocument doc = migrating.read(PlanFormat.JSON,
        "{\"formatVersion\": \"0.8\", \"issuer\": {\"name\": \"U\"}, \"title\": \"Kế hoạch\", \"year\": \"2017\"}");
    assertThat(doc.getPlan().getSubject()).isEqualTo("Kế hoạch");
    assertThat(doc.getPlan().getPeriod().get()).hasToString("2017");
    assertThat(doc.getFormatVersion()).isEqualTo("0.8");
    assertThat(MAPPER.write(PlanFormat.JSON, doc)).contains("\"formatVersion\" : \"1.0\"");
    assertThatThrownBy(() -> migrating.read(PlanFormat.JSON, "{\"formatVersion\": \"0.7\", " + BODY))
        .isInstanceOf(UnsupportedFormatVersionException.class);
  }
}
