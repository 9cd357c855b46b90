package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.Node;
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
import dev.dvp.model.WeightedVirtualMachineAndPodAffinityTerm;
import dev.dvp.model.WhenUnsatisfiable;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's lean cycle (static pass lists, scratch arrays, totals only, explanations re-run on demand) against
 * the cycle that keeps every code and per-plugin score array: the same Placement for random small inventories.
 */
class LeanCycleTest {
  private static final String[] APPS = {"a", "b", "c"};
  private static final String[] KEYS = {"zone", "rack", "kubernetes.io/hostname"};

  private static VirtualMachineAndPodAffinityTerm term(SplittableRandom r) {
    return VirtualMachineAndPodAffinityTerm.builder()
        .labelSelector(LabelSelector.ofLabels(Map.of("app", APPS[r.nextInt(APPS.length)])))
        .topologyKey(KEYS[r.nextInt(KEYS.length)]).build();
  }

  private static WeightedVirtualMachineAndPodAffinityTerm weighted(SplittableRandom r) {
    return WeightedVirtualMachineAndPodAffinityTerm.builder().weight(1 + r.nextInt(100))
        .virtualMachineAndPodAffinityTerm(term(r)).build();
  }

  private static NodeSelectorTerm nodeTerm(String key, NodeSelectorOperator op, String... values) {
    return NodeSelectorTerm.builder().addMatchExpressions(
        NodeSelectorRequirement.builder().key(key).operator(op).addValues(values).build()).build();
  }

  /** A pod with a random mix of every constraint the cycle evaluates. */
  private static Pod pod(SplittableRandom r, String name) {
    String app = APPS[r.nextInt(APPS.length)];
    var p = Pod.builder().name(name).putLabel("app", app);
    switch (r.nextInt(6)) {
      case 0 -> { } // best effort
      case 1, 2 -> p.cpuMillis(1 + r.nextInt(4000)).memoryBytes((1L + r.nextInt(4096)) << 20);
      default -> p.cpuMillis(100L * r.nextInt(30)).memoryBytes((long) r.nextInt(4) << 30);
    }
    if (r.nextInt(4) == 0) {
      p.putNodeSelector("disk", r.nextBoolean() ? "ssd" : "hdd");
    }
    if (r.nextInt(4) == 0) {
      p.requiredNodeAffinity(NodeSelector.builder()
          .addNodeSelectorTerms(nodeTerm("zone", NodeSelectorOperator.IN, "z0", "z1")).build());
    }
    for (int k = r.nextInt(3); k > 0; k--) {
      p.addPreferredNodeAffinity(PreferredSchedulingTerm.builder().weight(1 + r.nextInt(100))
          .preference(nodeTerm("rack", NodeSelectorOperator.IN, "r" + r.nextInt(3))).build());
    }
    if (r.nextInt(3) == 0) {
      p.addTolerations(Toleration.builder().key("dedicated").operator(TolerationOperator.EXISTS).build());
    }
    if (r.nextInt(4) == 0) {
      p.addRequiredAntiAffinity(term(r));
    }
    if (r.nextInt(6) == 0) {
      p.addRequiredAffinity(term(r));
    }
    if (r.nextInt(4) == 0) {
      p.addPreferredAffinity(weighted(r));
    }
    if (r.nextInt(4) == 0) {
      p.addPreferredAntiAffinity(weighted(r));
    }
    if (r.nextInt(4) == 0) {
      p.addTopologySpreadConstraints(TopologySpreadConstraint.builder().maxSkew(1 + r.nextInt(2))
          .topologyKey(KEYS[r.nextInt(KEYS.length)])
          .whenUnsatisfiable(WhenUnsatisfiable.of(r.nextBoolean() ? "DoNotSchedule" : "ScheduleAnyway"))
          .labelSelector(LabelSelector.ofLabels(Map.of("app", app))).build());
    }
    return p.build();
  }

  private static Inventory inventory(SplittableRandom r) {
    Inventory.Builder b = Inventory.builder();
    int nodes = 1 + r.nextInt(8);
    for (int i = 0; i < nodes; i++) {
      var labels = new java.util.ArrayList<String>();
      if (r.nextInt(5) != 0) {
        labels.add("zone=z" + r.nextInt(3));
      }
      if (r.nextInt(5) != 0) {
        labels.add("rack=r" + r.nextInt(3));
      }
      labels.add("disk=" + (r.nextBoolean() ? "ssd" : "hdd"));
      boolean odd = r.nextBoolean();
      String cpu = odd ? (500 + r.nextInt(8000)) + "m" : String.valueOf(1 + r.nextInt(8));
      String memory = odd ? (512 + r.nextInt(16384)) + "Mi" : (1 + r.nextInt(8)) + "Gi";
      Node n = node("n" + i, cpu, memory, labels.toArray(String[]::new));
      switch (r.nextInt(6)) {
        case 0 -> n = Fixtures.tainted(n, Taint.of("dedicated", "db", TaintEffect.NO_SCHEDULE));
        case 1 -> n = Fixtures.tainted(n, Taint.of("soft", "x", TaintEffect.PREFER_NO_SCHEDULE));
        case 2 -> n = r.nextBoolean() ? Fixtures.cordoned(n) : n;
        default -> { }
      }
      b.addNode(n);
    }
    for (int k = r.nextInt(3 * nodes + 1); k > 0; k--) {
      b.addPod(pod(r, "run" + k), "n" + r.nextInt(nodes));
    }
    return b.build();
  }

  @Test
  void propertyTheLeanCycleGivesTheSamePlacementAsTheDetailedOne() {
    qt().withExamples(400).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Inventory inv = inventory(r);
      Pod incoming = pod(r, "incoming");
      PlacementOptions options = r.nextBoolean() ? PlacementOptions.defaults()
          : PlacementOptions.builder().kubernetesVersion(KubernetesVersion.V1_36).build();
      SplittableRandom leanRandom = new SplittableRandom(seed);
      SplittableRandom detailedRandom = new SplittableRandom(seed);
      Placement lean = Scheduler.of(options).schedule(inv, incoming, TieBreak.random(leanRandom));
      Placement detailed = new Placement(new Cycle(inv, inv.state, incoming, options)
          .run(TieBreak.random(detailedRandom)), inv.snapshotId());

      assertThat(lean.node()).isEqualTo(detailed.node());
      assertThat(lean.tiedNodes()).isEqualTo(detailed.tiedNodes());
      assertThat(lean.summary()).isEqualTo(detailed.summary());
      assertThat(lean.scores()).isEqualTo(detailed.scores());
      assertThat(lean.rejections()).isEqualTo(detailed.rejections());
      assertThat(lean.preemptionCandidates()).isEqualTo(detailed.preemptionCandidates());
      for (Node n : inv.nodes()) {
        assertThat(lean.rejection(n.name())).isEqualTo(detailed.rejection(n.name()));
      }
      assertThat(leanRandom.nextLong()).as("tie-break draws").isEqualTo(detailedRandom.nextLong());
    });
  }

  @Test
  void balancedAllocationIsExactWhereMultiplyingByTheInverseWouldCrossAnInteger() {
    // cpu 7m of 9m and memory 93184 of 119808 bytes are both 7/9; 7 × (1/9) is one ulp off 7/9, so an unguarded
    // estimate gives 99.999... → 99 where kube-scheduler's division gives exactly 100.
    Inventory inv = Inventory.builder().addNode(node("n", "9m", "119808")).build();
    Pod pod = Pod.builder().name("p").cpuMillis(7).memoryBytes(93184).build();
    Cycle c = new Cycle(inv, inv.state, pod, PlacementOptions.defaults());
    assertThat(c.balancedScore(0, 7, 93184)).isEqualTo(100);
    assertThat(c.balancedScoreFast(0, 7, 93184)).isEqualTo(100);
  }

  @Test
  void balancedAllocationFastAndExactAgree() {
    qt().withExamples(5000).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      long cpu = 1 + r.nextInt(200);
      long k = 1 + r.nextInt(4096);
      boolean equal = r.nextBoolean();
      long podCpu = r.nextLong(cpu + 2);
      long podMem = equal ? podCpu * k : r.nextLong(cpu * k + 2);
      Inventory inv = Inventory.builder().addNode(node("n", cpu + "m", String.valueOf(cpu * k))).build();
      Cycle c = new Cycle(inv, inv.state, Pod.builder().name("p").build(), PlacementOptions.defaults());
      assertThat(c.balancedScoreFast(0, podCpu, podMem)).as("cpu %d/%d memory %d/%d", podCpu, cpu, podMem, cpu * k)
          .isEqualTo(c.balancedScore(0, podCpu, podMem));
    });
  }

  @Test
  void percentFreeIsGosIntegerDivision() {
    qt().withExamples(2000).forAll(integers().all(), integers().all()).checkAssert((a, b) -> {
      SplittableRandom r = new SplittableRandom(((long) a << 32) ^ b);
      long alloc = 1 + r.nextLong(r.nextBoolean() ? 1L << 20 : 1L << 50);
      long free = r.nextInt(4) == 0 ? alloc - r.nextInt(2) : r.nextLong(alloc + 1);
      free = Math.max(0, free);
      assertThat(Cycle.percentFree(free, alloc, 1.0 / alloc)).as("%d*100/%d", free, alloc)
          .isEqualTo(java.math.BigInteger.valueOf(free).multiply(java.math.BigInteger.valueOf(100))
              .divide(java.math.BigInteger.valueOf(alloc)).longValueExact());
    });
  }

  @Test
  void theStaticPassListHoldsExactlyTheNodesWithoutAStaticRejection() {
    qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Inventory inv = inventory(r);
      StaticChecks s = StaticChecks.of(inv.nodes, pod(r, "incoming"), false);
      java.util.List<Integer> expected = new java.util.ArrayList<>();
      for (int i = 0; i < s.code.length; i++) {
        if (s.code[i] == StaticChecks.PASS) {
          expected.add(i);
        }
      }
      assertThat(s.passing).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    });
  }
}
