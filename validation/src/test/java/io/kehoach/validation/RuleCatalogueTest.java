package io.kehoach.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.validation.internal.RuleCatalogueWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

  @Test
  void codes_areUniqueStableShapes_withBothLanguagesAndASource() {
    Set<String> codes = new HashSet<>();
    for (Rule r : RuleCatalogue.rules()) {
      assertThat(codes.add(r.getCode())).as(r.getCode()).isTrue();
      assertThat(r.getCode()).matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");
      assertThat(r.getDescription().vi()).isNotBlank();
      assertThat(r.getDescription().en()).isNotBlank();
      assertThat(r.getSource()).isNotBlank();
      assertThat(r.getSeverities()).isNotEmpty();
    }
    assertThat(RuleCatalogue.rule("ref.body")).isPresent();
    assertThat(RuleCatalogue.rule("nope")).isEmpty();
  }

  @Test
  void draftProfile_doesNotAskForTheOfficialComponents() {
    for (String code : new String[] {"number.missing", "date.issue-missing", "signature.missing", "recipients.missing"}) {
      assertThat(RuleCatalogue.rule(code).get().severity(ValidationProfile.DRAFT)).as(code).isEmpty();
      assertThat(RuleCatalogue.rule(code).get().severity(ValidationProfile.ISSUED)).contains(Severity.ERROR);
    }
  }

  @Test
  void docsRulesMd_isTheGeneratedCatalogue() throws IOException {
    Path doc = Path.of("..", "docs", "rules.md");
    assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(RuleCatalogueWriter.markdown());
    for (Rule r : RuleCatalogue.rules()) {
      assertThat(RuleCatalogueWriter.markdown()).contains("| `" + r.getCode() + "` |");
    }
  }
}
