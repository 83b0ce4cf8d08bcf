package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kehoach.InvalidDataException;
import io.kehoach.MalformedInputException;
import io.kehoach.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMapperTest {

  private static final PlanMapper STRICT = PlanMapper.create();
  private static final PlanMapper LENIENT = PlanMapper.builder().mode(ReadMode.LENIENT).build();

  @Test
  void json_roundTrip_isLossless() {
    Plan plan = TestPlans.rich();
    String json = STRICT.write(PlanFormat.JSON, plan);
    assertThat(STRICT.read(PlanFormat.JSON, json).getPlan()).isEqualTo(plan);
    assertThat(STRICT.write(PlanFormat.JSON, STRICT.read(PlanFormat.JSON, json).getPlan())).isEqualTo(json);
  }

  @Test
  void yaml_roundTrip_isLossless() {
    Plan plan = TestPlans.rich();
    String yaml = STRICT.write(PlanFormat.YAML, plan);
    assertThat(STRICT.read(PlanFormat.YAML, yaml).getPlan()).isEqualTo(plan);
    assertThat(STRICT.write(PlanFormat.YAML, STRICT.read(PlanFormat.YAML, yaml).getPlan())).isEqualTo(yaml);
  }

  @Test
  void jsonToYamlToJson_isLossless() {
    String json = STRICT.write(PlanFormat.JSON, TestPlans.rich());
    String yaml = STRICT.write(PlanFormat.YAML, STRICT.read(PlanFormat.JSON, json));
    assertThat(STRICT.write(PlanFormat.JSON, STRICT.read(PlanFormat.YAML, yaml))).isEqualTo(json);
  }

  @Test
  void documentNumber_keepsItsWrittenForm() {
    Plan read = STRICT.read(PlanFormat.JSON, STRICT.write(PlanFormat.JSON, TestPlans.rich())).getPlan();
    assertThat(read.getNumber().get().getWrittenForm()).contains("5 /KH-STP");
    assertThat(read.getNumber().get().isWrittenWithoutLeadingZero()).isTrue();
  }

  @Test
  void write_startsWithFormatVersion_thenIdentityInDocumentOrder() throws Exception {
    JsonNode tree = new ObjectMapper().readTree(STRICT.write(PlanFormat.JSON, TestPlans.rich()));
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).startsWith("formatVersion", "issuer", "number", "place", "issueDate", "documentType", "subject")
        .endsWith("closingText", "recipients", "signature", "annexes", "unclassifiedTexts");
    assertThat(tree.get("formatVersion").textValue()).isEqualTo("1.0");
    assertThat(tree.at("/budget/total").isIntegralNumber()).isTrue();
    assertThat(tree.at("/assignments/0/tasks/1/cost/currency").textValue()).isEqualTo("USD");
    assertThat(tree.at("/bodies/0/group").isMissingNode()).as("false is left out").isTrue();
    assertThat(tree.at("/bodies/2/group").booleanValue()).isTrue();
  }

  @Test
  void yaml_isBlockStyle_withVietnameseUnescaped_andLongTextsAsBlockScalars() {
    String yaml = STRICT.write(PlanFormat.YAML, TestPlans.rich());
    assertThat(yaml).startsWith("formatVersion: '1.0'\nissuer:\n  name: SỞ TƯ PHÁP\n");
    assertThat(yaml).contains("subject: >-\n").contains("description: |-\n    Dòng một\n    Dòng hai\n");
    assertThat(yaml).doesNotContain("\\u").doesNotContain("{").doesNotContain("[");
  }

  @Test
  void yaml_keepsScalarsAsWrittenInStringFields() {
    String yaml = STRICT.write(PlanFormat.YAML, TestPlans.rich())
        .replace("statement: 'no'", "statement: no").replace("theme: '012'", "theme: 012");
    assertThat(yaml).contains("statement: no\n").contains("theme: 012\n");
    Plan plan = STRICT.read(PlanFormat.YAML, yaml).getPlan();
    assertThat(plan.getRequirements().get(0).getStatement()).isEqualTo("no");
    assertThat(plan.getContentItems().get(0).getTheme()).isEqualTo("012");
    assertThat(plan.getUnclassifiedTexts().get(0).getText()).isEqualTo("yes");
  }

  @Test
  void read_normalisesTextToNfc() {
    String json = STRICT.write(PlanFormat.JSON, TestPlans.rich());
    String nfd = Normalizer.normalize(json, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(json);
    assertThat(STRICT.read(PlanFormat.JSON, nfd).getPlan()).isEqualTo(TestPlans.rich());
  }

  @Test
  void read_acceptsOneByteOrderMark() {
    byte[] json = STRICT.write(PlanFormat.JSON, TestPlans.rich()).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertThat(STRICT.read(PlanFormat.JSON, withBom, "bom.json").getPlan()).isEqualTo(TestPlans.rich());
    byte[] yaml = STRICT.write(PlanFormat.YAML, TestPlans.rich()).getBytes(StandardCharsets.UTF_8);
    byte[] yamlBom = new byte[yaml.length + 3];
    System.arraycopy(withBom, 0, yamlBom, 0, 3);
    System.arraycopy(yaml, 0, yamlBom, 3, yaml.length);
    assertThat(STRICT.read(PlanFormat.YAML, yamlBom, "bom.yaml").getPlan()).isEqualTo(TestPlans.rich());
  }

  @Test
  void strict_rejectsUnknownProperty_withItsPlace() {
    String json = "{\n  \"formatVersion\": \"1.0\",\n  \"issuer\": {\"name\": \"UBND\", \"seal\": true},\n"
        + "  \"subject\": \"x\"\n}";
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, json))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Unknown property 'seal'")
        .satisfies(e -> {
          InvalidDataException x = (InvalidDataException) e;
          assertThat(x.getLocation().get().getPointer()).contains("/issuer/seal");
          assertThat(x.getLocation().get().getLine()).hasValue(3);
          assertThat(x.getMessage(java.util.Locale.forLanguageTag("vi"))).contains("Thuộc tính không có trong định dạng");
        });
  }

  @Test
  void strict_rejectsBuilderMethodsThatAreNotProperties() {
    for (String rogue : new String[] {"from", "addObjective", "addAllObjectives", "placeAndDate"}) {
      String json = "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"UBND\"}, \"subject\": \"x\", \"" + rogue + "\": {}}";
      assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, json)).as(rogue)
          .isInstanceOf(InvalidDataException.class).hasMessageContaining("Unknown property");
    }
    String derived = "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"U\"}, \"subject\": \"x\", "
        + "\"period\": {\"start\": \"2017-01-01\", \"end\": \"2017-12-31\", \"ordered\": true}}";
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, derived)).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("'ordered'");
  }

  @Test
  void lenient_keepsUnknownProperties_andWritesThemBack() {
    String json = "{\"formatVersion\": \"1.0\", \"x-system\": {\"id\": 42, \"tags\": [\"a\", null]},"
        + " \"issuer\": {\"name\": \"UBND\", \"x-code\": \"H38\"}, \"subject\": \"Kế hoạch\","
        + " \"objectives\": [{\"id\": \"o1\", \"statement\": \"s\", \"x-weight\": 0.5}]}";
    PlanDocument doc = LENIENT.read(PlanFormat.JSON, json);
    assertThat(doc.getUnknownProperties()).containsOnlyKeys("/x-system", "/issuer/x-code", "/objectives/0/x-weight");
    assertThat(doc.getUnknownProperties().get("/objectives/0/x-weight")).isEqualTo("0.5");
    String written = LENIENT.write(PlanFormat.JSON, doc);
    PlanDocument again = LENIENT.read(PlanFormat.JSON, written);
    assertThat(again).isEqualTo(doc);
    String yaml = LENIENT.write(PlanFormat.YAML, doc);
    assertThat(yaml).contains("x-code: H38");
    assertThat(LENIENT.read(PlanFormat.YAML, yaml).getUnknownProperties())
        .containsEntry("/objectives/0/x-weight", "0.5")
        .containsEntry("/issuer/x-code", "\"H38\"");
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, json)).isInstanceOf(InvalidDataException.class);
  }

  @Test
  void duplicateKeys_areAnErrorInBothModes() {
    String json = "{\"formatVersion\": \"1.0\", \"subject\": \"a\", \"subject\": \"b\", \"issuer\": {\"name\": \"U\"}}";
    for (PlanMapper m : new PlanMapper[] {STRICT, LENIENT}) {
      assertThatThrownBy(() -> m.read(PlanFormat.JSON, json)).isInstanceOf(MalformedInputException.class)
          .hasMessageContaining("property 'subject' appears twice");
      assertThatThrownBy(() -> m.read(PlanFormat.YAML, "formatVersion: '1.0'\nsubject: a\nsubject: b\n"))
          .isInstanceOf(MalformedInputException.class).hasMessageContaining("property 'subject' appears twice");
    }
  }

  @Test
  void missingRequiredProperty_isNamed() {
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"U\"}}"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("Missing required property: subject");
  }

  @Test
  void wrongTypes_areRejectedInJson_withPointers() {
    String base = "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"U\"}, \"subject\": \"x\", ";
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, base + "\"place\": 12}"))
        .isInstanceOf(InvalidDataException.class)
        .satisfies(e -> assertThat(((InvalidDataException) e).getLocation().get().getPointer()).contains("/place"));
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, base + "\"status\": \"done\"}"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("the codes are: draft, submitted");
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, base + "\"issueDate\": \"16/02/2017\"}"))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON, base + "\"number\": \"36 KH-UBND\"}"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("no '/'");
    assertThatThrownBy(() -> STRICT.read(PlanFormat.JSON,
        base + "\"budget\": {\"total\": \"150000000\"}}")).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("An amount is a number");
  }

  @Test
  void nullMeansAbsent() {
    Plan p = STRICT.read(PlanFormat.JSON,
        "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"U\"}, \"subject\": \"x\", \"place\": null}").getPlan();
    assertThat(p.getPlace()).isEmpty();
  }
}
