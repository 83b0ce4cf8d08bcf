package io.kehoach.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyOrderTest {

  @Test
  void everyAttributeOfEveryOrderedType_isListedOnce() {
    for (Map.Entry<Class<?>, String[]> e : PropertyOrder.all().entrySet()) {
      assertThat(Attributes.attributes(e.getKey())).as(e.getKey().getSimpleName())
          .hasValueSatisfying(attrs -> assertThat(Arrays.asList(e.getValue())).containsExactlyInAnyOrderElementsOf(attrs));
    }
  }

  @Test
  void everyModelTypeWrittenAsAnObject_hasAnOrder() throws Exception {
    String[] objects = {"Plan", "IssuingBody", "DocumentReference", "Period", "AdministrativeUnit", "Objective",
        "Requirement", "MeasurableTarget", "ContentItem", "MediaChannel", "Outlet", "ResponsibleBody", "Assignment",
        "Task", "TaskParticipant", "Timing", "Budget", "BudgetLine", "ApprovalStep", "ReportingRule", "Deadline",
        "Recipient", "Signature", "SigningMarker", "Annex", "AdministrativeProcedure", "UnclassifiedText"};
    for (String name : objects) {
      assertThat(PropertyOrder.of(Class.forName("io.kehoach.plan." + name))).as(name).isNotNull();
    }
    assertThat(PropertyOrder.all()).hasSize(objects.length);
  }

  @Test
  void attributes_ofNonModelTypes_areEmpty() {
    assertThat(Attributes.attributes(String.class)).isEmpty();
    assertThat(Attributes.modelType(String.class)).isEmpty();
  }
}
