package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.KehoachException;
import io.kehoach.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Strict JSON in the current version, with formatVersion first, is bound straight from the token
 * stream; any other document goes through the tree. The two paths must agree on every document: the
 * same plan, or the same error. The same document with formatVersion moved to the end takes the tree
 * path, which gives the reference.
 */
class FastPathTest {

  private final PlanMapper mapper = PlanMapper.create();

  /** The outcome of reading: the plan, or the error's text and location. */
  private Object outcome(String json) {
    try {
      return mapper.read(PlanFormat.JSON, json).getPlan();
    } catch (KehoachException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** The same document, formatVersion written last: the tree path. */
  private static String versionLast(String json) {
    String head = "{\"formatVersion\":\"1.0\",";
    assertThat(json).startsWith(head);
    String rest = json.substring(head.length());
    return "{" + rest.substring(0, rest.lastIndexOf('}')) + ",\"formatVersion\":\"1.0\"}";
  }

  private String compact(Plan plan) {
    return PlanMapper.builder().prettyJson(false).build().write(PlanFormat.JSON, plan);
  }

  @Test
  void validDocuments_readTheSameOnBothPaths() {
    String json = compact(TestPlans.rich());
    assertThat(outcome(json)).isInstanceOf(Plan.class).isEqualTo(outcome(versionLast(json)))
        .isEqualTo(TestPlans.rich());
  }

  @Test
  void mutatedDocuments_giveTheSameOutcomeOnBothPaths() {
    String json = compact(TestPlans.rich());
    String head = "{\"formatVersion\":\"1.0\",";
    SplittableRandom random = new SplittableRandom(7);
    String[] replacements = {"", "1", "\"", "}", "]", "null", "-1", "1e999", "true", "\"x\"", "{}", "[]", "\\u0000"};
    List<String> differing = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < 600; i++) {
      int at = head.length() + random.nextInt(json.length() - head.length() - 1);
      int len = random.nextInt(4);
      String mutated = json.substring(0, at) + replacements[random.nextInt(replacements.length)]
          + json.substring(Math.min(json.length() - 1, at + len));
      Object fast = outcome(mutated);
      if (!(fast instanceof Plan)) {
        errors++;
      }
      String slowInput;
      try {
        slowInput = versionLast(mutated);
      } catch (AssertionError | StringIndexOutOfBoundsException e) {
        continue;
      }
      Object slow = outcome(slowInput);
      // Error texts differ only where they name a position: compare kinds, and plans exactly.
      boolean same = fast instanceof Plan ? fast.equals(slow)
          : !(slow instanceof Plan) && kind(fast).equals(kind(slow));
      if (!same) {
        differing.add(mutated + "\n  fast: " + fast + "\n  slow: " + slow);
      }
    }
    assertThat(errors).as("the mutations must exercise failures").isGreaterThan(100);
    assertThat(differing).isEmpty();
  }

  private static String kind(Object outcome) {
    return outcome.toString().substring(0, outcome.toString().indexOf(':'));
  }

  /** Writing straight from the model gives the bytes the tree gives, compact and pretty. */
  @Test
  void writing_withoutTree_givesTheTreesBytes() throws Exception {
    for (PlanMapper m : List.of(PlanMapper.create(), PlanMapper.builder().prettyJson(false).build())) {
      for (Plan plan : List.of(TestPlans.rich(), Plan.builder().issuer(TestPlans.rich().getIssuer())
          .subject("Kế hoạch tối thiểu").build())) {
        String direct = m.write(PlanFormat.JSON, plan);
        String viaTree = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
            m.tree(PlanDocument.of(plan)));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(direct).toString()).isEqualTo(viaTree);
        assertThat(direct).startsWith("{").contains("\"formatVersion\"");
        assertThat(m.read(PlanFormat.JSON, direct).getPlan()).isEqualTo(plan);
      }
    }
  }

  @Test
  void errorsOnTheFastPath_keepTheirLocation() {
    String json = compact(TestPlans.rich()).replaceFirst("\"issueDate\":\"[^\"]*\"", "\"issueDate\":\"2017-13-45\"");
    assertThat(outcome(json).toString()).contains("/issueDate");
  }
}
