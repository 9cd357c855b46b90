package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Label selectors, node selectors, taints and tolerations with Kubernetes' matching rules. */
class SelectorsTest {
  static LabelSelectorRequirement req(String key, LabelSelectorOperator op, String... values) {
    return LabelSelectorRequirement.builder().key(key).operator(op).addValues(values).build();
  }

  static NodeSelectorRequirement nodeReq(String key, NodeSelectorOperator op, String... values) {
    return NodeSelectorRequirement.builder().key(key).operator(op).addValues(values).build();
  }

  @Test
  void labelSelectorOperators() {
    Map<String, String> labels = Map.of("server", "database", "tier", "backend");
    assertThat(req("server", LabelSelectorOperator.IN, "database", "cache").matches(labels)).isTrue();
    assertThat(req("server", LabelSelectorOperator.IN, "cache").matches(labels)).isFalse();
    assertThat(req("missing", LabelSelectorOperator.IN, "x").matches(labels)).isFalse();
    assertThat(req("server", LabelSelectorOperator.NOT_IN, "cache").matches(labels)).isTrue();
    assertThat(req("missing", LabelSelectorOperator.NOT_IN, "x").matches(labels)).isTrue();
    assertThat(req("server", LabelSelectorOperator.NOT_IN, "database").matches(labels)).isFalse();
    assertThat(req("tier", LabelSelectorOperator.EXISTS).matches(labels)).isTrue();
    assertThat(req("missing", LabelSelectorOperator.EXISTS).matches(labels)).isFalse();
    assertThat(req("missing", LabelSelectorOperator.DOES_NOT_EXIST).matches(labels)).isTrue();
    assertThat(req("tier", LabelSelectorOperator.DOES_NOT_EXIST).matches(labels)).isFalse();
    assertThat(req("tier", LabelSelectorOperator.of("Bogus")).matches(labels)).isFalse();
  }

  @Test
  void labelSelectorNeedsEveryLabelAndExpression() {
    LabelSelector selector = LabelSelector.builder().putMatchLabel("server", "database")
        .addMatchExpressions(req("tier", LabelSelectorOperator.IN, "backend")).build();
    assertThat(selector.matches(Map.of("server", "database", "tier", "backend"))).isTrue();
    assertThat(selector.matches(Map.of("server", "database"))).isFalse();
    assertThat(selector.matches(Map.of("server", "web", "tier", "backend"))).isFalse();
    assertThat(LabelSelector.builder().build().matches(Map.of())).isTrue();
    assertThat(LabelSelector.builder().build().isEmpty()).isTrue();
  }

  @Test
  void nodeSelectorTermsAreOredAndEmptyTermsMatchNothing() {
    NodeSelectorTerm ssd = NodeSelectorTerm.builder()
        .addMatchExpressions(nodeReq("disktype", NodeSelectorOperator.IN, "ssd")).build();
    NodeSelectorTerm named = NodeSelectorTerm.builder()
        .addMatchFields(nodeReq("metadata.name", NodeSelectorOperator.IN, "node-3")).build();
    NodeSelector selector = NodeSelector.builder().addNodeSelectorTerms(ssd, named).build();
    assertThat(selector.matches(Map.of("disktype", "ssd"), "node-1")).isTrue();
    assertThat(selector.matches(Map.of("disktype", "hdd"), "node-3")).isTrue();
    assertThat(selector.matches(Map.of("disktype", "hdd"), "node-1")).isFalse();
    assertThat(NodeSelectorTerm.builder().build().matches(Map.of(), "node-1")).isFalse();
    assertThat(NodeSelector.builder().build().matches(Map.of("a", "b"), "node-1")).isFalse();
  }

  @Test
  void gtAndLtCompareIntegers() {
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.GT, "8").matches("16")).isTrue();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.GT, "8").matches("8")).isFalse();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.LT, "8").matches("7")).isTrue();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.LT, "8").matches("-1")).isTrue();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.GT, "8").matches("many")).isFalse();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.GT, "8").matches(null)).isFalse();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.GT, "8", "9").matches("16")).isFalse();
    assertThat(nodeReq("cpu-count", NodeSelectorOperator.GT, "x").matches("16")).isFalse();
  }

  @Test
  void tolerationsMatchTaintsAsKubernetesDoes() {
    Taint dedicated = Taint.of("dedicated", "gpu", TaintEffect.NO_SCHEDULE);
    Toleration equal = Toleration.builder().key("dedicated").operator(TolerationOperator.EQUAL).value("gpu")
        .effect(TaintEffect.NO_SCHEDULE).build();
    assertThat(equal.tolerates(dedicated)).isTrue();
    assertThat(equal.withValue("cpu").tolerates(dedicated)).isFalse();
    assertThat(equal.withEffect(TaintEffect.NO_EXECUTE).tolerates(dedicated)).isFalse();
    // No effect: every effect matches. No operator: Equal.
    assertThat(Toleration.builder().key("dedicated").value("gpu").build().tolerates(dedicated)).isTrue();
    // Exists with a key matches any value; Exists without a key matches every taint.
    assertThat(Toleration.builder().key("dedicated").operator(TolerationOperator.EXISTS).build()
        .tolerates(dedicated)).isTrue();
    assertThat(Toleration.builder().operator(TolerationOperator.EXISTS).build().tolerates(dedicated)).isTrue();
    assertThat(Toleration.builder().key("other").operator(TolerationOperator.EXISTS).build()
        .tolerates(dedicated)).isFalse();
    // Equal with an empty value matches a taint without a value.
    assertThat(Toleration.builder().key("k").build().tolerates(Taint.of("k", "", TaintEffect.NO_SCHEDULE)))
        .isTrue();
    assertThat(Toleration.builder().key("dedicated").operator(TolerationOperator.of("Bogus")).build()
        .tolerates(dedicated)).isFalse();
  }

  @Test
  void openEnumsKeepUnknownValues() {
    RunPolicy future = RunPolicy.of("AlwaysOnOnTuesdays");
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("AlwaysOnOnTuesdays");
    assertThat(RunPolicy.of("AlwaysOn")).isSameAs(RunPolicy.ALWAYS_ON);
    assertThat(RunPolicy.ALWAYS_ON.isKnown()).isTrue();
    assertThat(future).isEqualTo(RunPolicy.of("AlwaysOnOnTuesdays")).isNotEqualTo(RunPolicy.ALWAYS_ON);
    assertThat(RunPolicy.knownValues()).extracting(RunPolicy::value)
        .containsExactly("AlwaysOn", "AlwaysOff", "Manual", "AlwaysOnUnlessStoppedManually");
    assertThat(MigrationResult.of("")).isSameAs(MigrationResult.EMPTY);
    assertThat(List.of(ConditionStatus.of(true), ConditionStatus.of(false)))
        .containsExactly(ConditionStatus.TRUE, ConditionStatus.FALSE);
  }

  @Test
  void intOrStringRemembersItsKind() {
    assertThat(IntOrString.of(50).isInt()).isTrue();
    assertThat(IntOrString.of("50").isInt()).isFalse();
    assertThat(IntOrString.of(50)).isNotEqualTo(IntOrString.of("50"));
    assertThat(IntOrString.of(50).intValue()).hasValue(50);
    assertThat(IntOrString.of("Auto").stringValue()).hasValue("Auto");
    assertThat(IntOrString.of("Auto").intValue()).isEmpty();
  }
}
