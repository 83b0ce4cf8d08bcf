package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kehoach.KehoachException;
import io.kehoach.json.internal.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PlanSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(PlanSchema.json());
  private static final PlanMapper MAPPER = PlanMapper.create();

  static List<Error> validate(String document) throws IOException {
    JsonNode node = JSON.readTree(document);
    return SCHEMA.validate(node, ctx -> ctx.setExecutionConfig(
        ExecutionConfig.builder().formatAssertionsEnabled(true).build()));
  }

  @Test
  void shippedSchema_isTheGeneratedOne_andTheOneInDocs() throws IOException {
    String generated = SchemaGenerator.generate();
    assertThat(PlanSchema.json()).isEqualTo(generated);
    assertThat(Files.readString(Path.of("..", "docs", "plan.schema.json"), StandardCharsets.UTF_8)).isEqualTo(generated);
    JsonNode schema = JSON.readTree(generated);
    assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required")).extracting(JsonNode::textValue).containsExactly("formatVersion", "issuer", "subject");
    assertThat(schema.at("/$defs/Task/required")).extracting(JsonNode::textValue).containsExactly("id", "description");
  }

  @Test
  void writtenDocuments_validateAgainstTheSchema() throws IOException {
    assertThat(validate(MAPPER.write(PlanFormat.JSON, TestPlans.rich()))).isEmpty();
  }

  /** For every JSON fixture, the schema and the Java reader agree on whether it is a well-formed plan. */
  @TestFactory
  Stream<DynamicTest> schemaAndReader_agreeOnEveryJsonFixture() throws Exception {
    return PlanFixturesTest.fixtures().stream().filter(p -> p.toString().endsWith(".json"))
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          boolean readerAccepts;
          try {
            MAPPER.read(p);
            readerAccepts = true;
          } catch (KehoachException e) {
            readerAccepts = false;
          }
          boolean schemaAccepts;
          try {
            schemaAccepts = validate(text).isEmpty();
          } catch (IOException notJson) {
            schemaAccepts = false;
          }
          assertThat(schemaAccepts).as("schema accepts, as the reader " + (readerAccepts ? "does" : "does not"))
              .isEqualTo(readerAccepts);
          assertThat(readerAccepts).isEqualTo(p.getFileName().toString().startsWith("valid-"));
        }));
  }
}
