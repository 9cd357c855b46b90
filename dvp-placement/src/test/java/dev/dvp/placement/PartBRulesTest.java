package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.NodeSelectorOperator;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.PreferredSchedulingTerm;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import dev.dvp.model.TolerationOperator;
import dev.dvp.model.TopologySpreadConstraint;
import dev.dvp.model.VirtualMachineAndPodAffinityTerm;
import dev.dvp.model.WhenUnsatisfiable;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Part B: kube-scheduler's filters, scores, normalisation and tie-break, rule by rule. */
class PartBRulesTest {
  private final Scheduler scheduler = Scheduler.of(PlacementOptions.defaults());

  private static Pod pod(String name) {
    return Pod.builder().name(name).cpuMillis(100).memoryBytes(1L << 28).build();
  }

  private static NodeSelectorTerm term(String key, NodeSelectorOperator op, String... values) {
    return NodeSelectorTerm.builder().addMatchExpressions(
        NodeSelectorRequirement.builder().key(key).operator(op).addValues(values).build()).build();
  }

  private static Pod requiring(NodeSelectorTerm... terms) {
    return pod("p").withRequiredNodeAffinity(NodeSelector.builder().addNodeSelectorTerms(terms).build());
  }

  private Placement run(Inventory inv, Pod p) {
    return scheduler.schedule(inv, p, TieBreak.byName());
  }

  @Test
  void rB4_gtAndLtAreStrictIntegerComparisonsAndNonIntegersNeverMatch() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi", "gen=5")).addNode(node("b", "4", "8Gi", "gen=6"))
        .addNode(node("c", "4", "8Gi", "gen=x")).build();
    assertThat(run(inv, requiring(term("gen", NodeSelectorOperator.GT, "5"))).scores())
        .extracting(NodeScore::node).containsExactly("b");
    assertThat(run(inv, requiring(term("gen", NodeSelectorOperator.LT, "6"))).scores())
        .extracting(NodeScore::node).containsExactly("a");
  }

  @Test
  void rB4_notInAndDoesNotExistMatchAbsentKeysAndTermsAreOred() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi", "disk=hdd")).addNode(node("b", "4", "8Gi"))
        .build();
    assertThat(run(inv, requiring(term("disk", NodeSelectorOperator.NOT_IN, "hdd"))).node()).contains("b");
    assertThat(run(inv, requiring(term("disk", NodeSelectorOperator.DOES_NOT_EXIST), term("disk",
        NodeSelectorOperator.IN, "hdd"))).scores()).hasSize(2);
  }

  @Test
  void rB4_anEmptyTermMatchesNothingAndAnEmptyTermListMatchesNoNode() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).build();
    Placement empty = run(inv, requiring(NodeSelectorTerm.builder().build()));
    assertThat(empty.isScheduled()).isFalse();
    assertThat(empty.rejection("a").orElseThrow().details())
        .containsExactly("required node affinity term 0: the term is empty and matches no node");
    assertThat(run(inv, requiring()).rejection("a").orElseThrow().details())
        .containsExactly("required node affinity has no terms, so it matches no node");
  }

  @Test
  void rB4_matchFieldsOnMetadataName() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi")).build();
    NodeSelectorTerm byName = NodeSelectorTerm.builder().addMatchFields(NodeSelectorRequirement.builder()
        .key("metadata.name").operator(NodeSelectorOperator.IN).addValues("b").build()).build();
    assertThat(run(inv, requiring(byName)).node()).contains("b");
  }

  @Test
  void rB6_noScheduleAndNoExecuteFilterPreferNoScheduleOnlyScores() {
    Inventory inv = Inventory.builder()
        .addNode(Fixtures.tainted(node("a", "4", "8Gi"), Taint.of("dedicated", "db", TaintEffect.NO_SCHEDULE)))
        .addNode(Fixtures.tainted(node("b", "4", "8Gi"), Taint.of("gone", "", TaintEffect.NO_EXECUTE)))
        .addNode(Fixtures.tainted(node("c", "4", "8Gi"), Taint.of("soft", "", TaintEffect.PREFER_NO_SCHEDULE)))
        .addNode(node("d", "4", "8Gi"))
        .build();
    Placement p = run(inv, pod("p"));
    assertThat(p.rejection("a").orElseThrow().reasons()).containsExactly("node(s) had untolerated taint {dedicated: db}");
    assertThat(p.rejection("b").orElseThrow().reasons()).containsExactly("node(s) had untolerated taint {gone: }");
    assertThat(p.score("c").orElseThrow().plugins()).contains(new PluginScore("TaintToleration", 1, 0, 3));
    assertThat(p.score("d").orElseThrow().plugins()).contains(new PluginScore("TaintToleration", 0, 100, 3));
    assertThat(p.node()).contains("d");
    Pod tolerant = pod("p").withTolerations(Toleration.builder().key("dedicated").operator(TolerationOperator.EQUAL)
        .value("db").effect(TaintEffect.NO_SCHEDULE).build());
    assertThat(run(inv, tolerant).rejection("a")).isEmpty();
  }

  @Test
  void rB6_ltGtTolerationsOnlyWithTheAlphaGate() {
    Inventory inv = Inventory.builder()
        .addNode(Fixtures.tainted(node("a", "4", "8Gi"), Taint.of("sla", "50", TaintEffect.NO_SCHEDULE))).build();
    Pod p = pod("p").withTolerations(Toleration.builder().key("sla").operator(TolerationOperator.of("Lt"))
        .value("100").build());
    assertThat(run(inv, p).isScheduled()).isFalse();
    Scheduler alpha = Scheduler.of(PlacementOptions.builder().taintComparisonOperators(true).build());
    assertThat(alpha.schedule(inv, p, TieBreak.byName()).isScheduled()).isTrue();
  }

  @Test
  void nodeUnschedulableRejectsCordonedNodes() {
    Inventory inv = Inventory.builder().addNode(Fixtures.cordoned(node("a", "4", "8Gi"))).build();
    Placement p = run(inv, pod("p"));
    assertThat(p.summary()).isEqualTo("0/1 nodes are available: 1 node(s) were unschedulable.");
  }

  @Test
  void rB7_resourcesCountEveryPodAgainstAllocatableAndListEveryFailingResource() {
    Inventory inv = Inventory.builder().addNode(node("a", "2", "2Gi"))
        .addPod(Pod.builder().name("x").cpuMillis(1500).memoryBytes(1L << 30).build(), "a").build();
    Placement p = run(inv, Pod.builder().name("p").cpuMillis(600).memoryBytes(1536L << 20).build());
    NodeRejection r = p.rejection("a").orElseThrow();
    assertThat(r.reasons()).containsExactly("Insufficient cpu", "Insufficient memory");
    assertThat(r.status()).isEqualTo(FilterStatus.UNSCHEDULABLE);
    assertThat(p.preemptionCandidates()).containsExactly("a");
    Placement whole = run(inv, Pod.builder().name("p").cpuMillis(3000).build());
    assertThat(whole.rejection("a").orElseThrow().status()).isEqualTo(FilterStatus.UNSCHEDULABLE_AND_UNRESOLVABLE);
    assertThat(run(inv, Pod.builder().name("p").build()).isScheduled()).isTrue();
  }

  @Test
  void rB7_tooManyPods() {
    dev.dvp.model.Node small = node("a", "4", "8Gi").withStatus(node("a", "4", "8Gi").status().orElseThrow()
        .withAllocatable(Map.of("cpu", dev.dvp.model.Quantity.parse("4"), "pods", dev.dvp.model.Quantity.parse("1"))));
    Inventory inv = Inventory.builder().addNode(small).addPod(Pod.builder().name("x").build(), "a").build();
    assertThat(run(inv, Pod.builder().name("p").build()).rejection("a").orElseThrow().reasons())
        .containsExactly("Too many pods");
  }

  @Test
  void rB8_rB9_leastAllocatedAndBalancedAllocationFormulas() {
    // 4 cores / 8Gi; existing 1000m / 2Gi; incoming 1000m / 2Gi.
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi"))
        .addPod(Pod.builder().name("x").cpuMillis(1000).memoryBytes(2L << 30).build(), "a").build();
    Pod p = Pod.builder().name("p").cpuMillis(1000).memoryBytes(2L << 30).build();
    NodeScore a = run(inv, p).score("a").orElseThrow();
    // cpu (4000-2000)*100/4000 = 50, memory 50 -> 50; fractions 0.5/0.5 -> balanced 100.
    assertThat(a.plugins()).contains(new PluginScore("NodeResourcesFit", 50, 50, 1),
        new PluginScore("NodeResourcesBalancedAllocation", 100, 100, 1));
    // A pod without requests counts as 100m / 200Mi for LeastAllocated only, and BalancedAllocation skips it.
    NodeScore be = run(inv, Pod.builder().name("q").build()).score("b").orElseThrow();
    assertThat(be.plugins()).extracting(PluginScore::plugin).doesNotContain("NodeResourcesBalancedAllocation");
    assertThat(be.plugins()).contains(new PluginScore("NodeResourcesFit", 97, 97, 1));
  }

  @Test
  void rB9_kubernetes136RewardsTheChangeInBalance() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi"))
        .addPod(Pod.builder().name("x").cpuMillis(2000).build(), "a").build();
    Pod memHeavy = Pod.builder().name("p").cpuMillis(0).memoryBytes(4L << 30).build();
    Scheduler v136 = Scheduler.of(PlacementOptions.builder().kubernetesVersion(KubernetesVersion.V1_36).build());
    // On a: without the pod 0.5/0 -> 75; with it 0.5/0.5 -> 100; 50 + (50 + 100 - 75) / 2 = 87.
    assertThat(v136.schedule(inv, memHeavy, TieBreak.byName()).score("a").orElseThrow().plugins())
        .contains(new PluginScore("NodeResourcesBalancedAllocation", 87, 87, 1));
    assertThat(run(inv, memHeavy).score("a").orElseThrow().plugins())
        .contains(new PluginScore("NodeResourcesBalancedAllocation", 100, 100, 1));
  }

  @Test
  void rB5b_rB15_preferredNodeAffinityIsNormalisedByTheMaximum() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi", "x=1")).addNode(node("b", "4", "8Gi", "x=1",
        "y=1")).addNode(node("c", "4", "8Gi")).build();
    Pod p = pod("p").withPreferredNodeAffinity(
        PreferredSchedulingTerm.builder().weight(10).preference(term("x", NodeSelectorOperator.EXISTS)).build(),
        PreferredSchedulingTerm.builder().weight(30).preference(term("y", NodeSelectorOperator.EXISTS)).build());
    Placement r = run(inv, p);
    assertThat(r.score("a").orElseThrow().plugins()).contains(new PluginScore("NodeAffinity", 10, 25, 2));
    assertThat(r.score("b").orElseThrow().plugins()).contains(new PluginScore("NodeAffinity", 40, 100, 2));
    assertThat(r.node()).contains("b");
  }

  private static VirtualMachineAndPodAffinityTerm vmTerm(String key, String value, String topologyKey) {
    return VirtualMachineAndPodAffinityTerm.builder().labelSelector(LabelSelector.ofLabels(Map.of(key, value)))
        .topologyKey(topologyKey).build();
  }

  @Test
  void rB11_existingPodsRequiredAntiAffinityIsSymmetric() {
    Pod guard = pod("guard").withRequiredAntiAffinity(vmTerm("app", "web", "kubernetes.io/hostname"));
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi"))
        .addPod(guard, "a").build();
    Placement p = run(inv, pod("web").withLabels(Map.of("app", "web")));
    assertThat(p.node()).contains("b");
    NodeRejection r = p.rejection("a").orElseThrow();
    assertThat(r.reasons()).containsExactly("node(s) didn't satisfy existing pods anti-affinity rules");
    assertThat(r.details()).singleElement().asString().contains("default/guard");
  }

  @Test
  void rB11_firstOfAGroupMayStartAnywhereButOthersFollowIt() {
    Inventory empty = Inventory.builder().addNode(node("a", "4", "8Gi", "zone=z1"))
        .addNode(node("b", "4", "8Gi", "zone=z2")).addNode(node("c", "4", "8Gi")).build();
    Pod member = pod("m1").withLabels(Map.of("group", "g")).withRequiredAffinity(vmTerm("group", "g", "zone"));
    Placement first = run(empty, member);
    assertThat(first.scores()).extracting(NodeScore::node).containsExactly("a", "b");
    assertThat(first.rejection("c").orElseThrow().reasons()).containsExactly("node(s) didn't match pod affinity rules");
    Inventory one = empty.withPod(member, "b");
    assertThat(run(one, member.withName("m2")).node()).contains("b");
    // A pod that does not match its own terms gets no first-of-group exception.
    Pod outsider = pod("o").withRequiredAffinity(vmTerm("group", "g", "zone"));
    assertThat(run(empty, outsider).isScheduled()).isFalse();
  }

  @Test
  void rB11_severalRequiredTermsMustBeSatisfiedByTheSamePod() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi"))
        .addPod(pod("x").withLabels(Map.of("k1", "v")), "a").addPod(pod("y").withLabels(Map.of("k2", "v")), "a")
        .build();
    Pod p = pod("p").withRequiredAffinity(vmTerm("k1", "v", "kubernetes.io/hostname"),
        vmTerm("k2", "v", "kubernetes.io/hostname"));
    // Pods exist (so no first-of-group exception) but none matches both terms.
    assertThat(run(inv, p).isScheduled()).isFalse();
  }

  @Test
  void rB10_termsSelectTheOwnNamespaceByDefaultAndNamespaceSelectorsOthers() {
    Inventory inv = Inventory.builder().addNamespace("prod", Map.of("env", "prod"))
        .addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi"))
        .addPod(pod("db").withNamespace("prod").withLabels(Map.of("app", "db")), "a").build();
    Pod sameNs = pod("p").withRequiredAntiAffinity(vmTerm("app", "db", "kubernetes.io/hostname"));
    assertThat(run(inv, sameNs).scores()).hasSize(2);
    Pod bySelector = pod("p").withRequiredAntiAffinity(vmTerm("app", "db", "kubernetes.io/hostname")
        .withNamespaceSelector(LabelSelector.ofLabels(Map.of("env", "prod"))));
    assertThat(run(inv, bySelector).node()).contains("b");
    Pod allNs = pod("p").withRequiredAntiAffinity(vmTerm("app", "db", "kubernetes.io/hostname")
        .withNamespaceSelector(LabelSelector.builder().build()));
    assertThat(run(inv, allNs).node()).contains("b");
    Pod listed = pod("p").withRequiredAntiAffinity(vmTerm("app", "db", "kubernetes.io/hostname")
        .withNamespaces("prod"));
    assertThat(run(inv, listed).node()).contains("b");
  }

  @Test
  void rB11_antiAffinityPassesNodesWithoutTheTopologyKey() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi", "zone=z1")).addNode(node("b", "4", "8Gi"))
        .addPod(pod("db").withLabels(Map.of("app", "db")), "a").build();
    Pod p = pod("p").withRequiredAntiAffinity(vmTerm("app", "db", "zone"));
    assertThat(run(inv, p).scores()).extracting(NodeScore::node).containsExactly("b");
  }

  @Test
  void rB12_rB13_interPodScoresAreMinMaxNormalisedAndCountExistingPodsPreferences() {
    Pod likesWeb = pod("fan").withPreferredAntiAffinity(dev.dvp.model.WeightedVirtualMachineAndPodAffinityTerm
        .builder().weight(5).virtualMachineAndPodAffinityTerm(vmTerm("app", "web", "kubernetes.io/hostname")).build());
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).addNode(node("b", "4", "8Gi"))
        .addNode(node("c", "4", "8Gi")).addPod(likesWeb, "a").build();
    Placement p = run(inv, pod("web").withLabels(Map.of("app", "web")));
    assertThat(p.score("a").orElseThrow().plugins()).contains(new PluginScore("InterPodAffinity", -5, 0, 2));
    assertThat(p.score("b").orElseThrow().plugins()).contains(new PluginScore("InterPodAffinity", 0, 100, 2));
  }

  @Test
  void rB14_doNotScheduleSpreadRejectsSkewAndMissingLabels() {
    TopologySpreadConstraint spread = TopologySpreadConstraint.builder().maxSkew(1).topologyKey("zone")
        .whenUnsatisfiable(WhenUnsatisfiable.of("DoNotSchedule")).labelSelector(LabelSelector.ofLabels(Map.of("app", "w")))
        .build();
    Pod w = pod("w").withLabels(Map.of("app", "w")).withTopologySpreadConstraints(spread);
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi", "zone=z1"))
        .addNode(node("b", "4", "8Gi", "zone=z2")).addNode(node("c", "4", "8Gi"))
        .addPod(w.withName("w0"), "a").build();
    Placement p = run(inv, w);
    assertThat(p.node()).contains("b");
    assertThat(p.rejection("a").orElseThrow().reasons())
        .containsExactly("node(s) didn't match pod topology spread constraints");
    assertThat(p.rejection("c").orElseThrow().reasons())
        .containsExactly("node(s) didn't match pod topology spread constraints (missing required label)");
  }

  @Test
  void rB2_aSingleFeasibleNodeIsChosenWithoutScoring() {
    Inventory inv = Inventory.builder().addNode(node("a", "4", "8Gi")).build();
    Placement p = run(inv, pod("p"));
    assertThat(p.scores()).singleElement().satisfies(s -> assertThat(s.scored()).isFalse());
  }

  @Test
  void rB3_tiesAreReportedAndBrokenByNameOrBySeededChance() {
    Inventory.Builder b = Inventory.builder();
    for (int i = 0; i < 8; i++) {
      b.addNode(node("n" + i, "4", "8Gi"));
    }
    Inventory inv = b.build();
    assertThat(run(inv, pod("p")).tiedNodes()).hasSize(8);
    String first = scheduler.schedule(inv, pod("p"), TieBreak.random(new SplittableRandom(7))).node().orElseThrow();
    String again = scheduler.schedule(inv, pod("p"), TieBreak.random(new SplittableRandom(7))).node().orElseThrow();
    assertThat(first).isEqualTo(again);
    java.util.Set<String> seen = new java.util.HashSet<>();
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 64; i++) {
      seen.add(scheduler.schedule(inv, pod("p"), TieBreak.random(rng)).node().orElseThrow());
    }
    assertThat(seen).hasSizeGreaterThan(4);
  }
}
