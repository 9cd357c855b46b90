package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.VirtualMachineAndPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Planner planner = Planner.of(PlacementOptions.defaults());

  private static VirtualMachineAndPodAffinityTerm anti(String app) {
    return VirtualMachineAndPodAffinityTerm.builder().labelSelector(LabelSelector.ofLabels(Map.of("app", app)))
        .topologyKey("kubernetes.io/hostname").build();
  }

  @Test
  void optimisedPlanPlacesWhatTheSchedulerOrderStrandsBehindABadFirstChoice() {
    // a: 4 cores, b: 2 cores. The small pod comes first and LeastAllocated sends it to a, so the 4-core pod has no
    // room; placing the big one first fits both.
    Inventory inv = Inventory.builder().addNode(node("a", "4", "16Gi")).addNode(node("b", "2", "16Gi")).build();
    Pod small = Pod.builder().name("small").cpuMillis(1000).memoryBytes(1L << 30).build();
    Pod big = Pod.builder().name("big").cpuMillis(4000).memoryBytes(1L << 30).build();
    Plan greedy = planner.sequential(inv, List.of(small, big), TieBreak.byName());
    assertThat(greedy.placedCount()).isEqualTo(1);
    assertThat(greedy.unplaced().get("default/big").summary())
        .isEqualTo("0/2 nodes are available: 2 Insufficient cpu.");
    Plan plan = planner.plan(inv, List.of(small, big), new SplittableRandom(1));
    assertThat(plan.placedCount()).isEqualTo(2);
    assertThat(plan.nodeOf("default/big")).contains("a");
    assertThat(plan.nodeOf("default/small")).contains("b");
    assertThat(plan.strategy()).startsWith("optimised");
  }

  @Test
  void antiAffinityWithinTheBatchSpreadsReplicasAndReportsTheExtraOne() {
    Inventory inv = Inventory.builder().addNode(node("a", "8", "16Gi")).addNode(node("b", "8", "16Gi")).build();
    List<Pod> replicas = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      replicas.add(Pod.builder().name("db-" + i).putLabel("app", "db").cpuMillis(500).memoryBytes(1L << 30)
          .addRequiredAntiAffinity(anti("db")).build());
    }
    Plan plan = planner.plan(inv, replicas, new SplittableRandom(3));
    assertThat(plan.placedCount()).isEqualTo(2);
    assertThat(plan.assignments()).extracting(Assignment::node).containsExactlyInAnyOrder("a", "b");
    assertThat(plan.unplaced().values()).singleElement().satisfies(p -> assertThat(p.summary())
        .isEqualTo("0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules."));
  }

  @Test
  void drainMovesVmsOffTheNodeAndExplainsTheOnesThatCannotMove() {
    Pod vm1 = Pod.builder().name("vm1").virtualMachine("vm1").cpuMillis(1000).memoryBytes(1L << 30).build();
    Pod vm2 = Pod.builder().name("vm2").virtualMachine("vm2").cpuMillis(3000).memoryBytes(1L << 30).build();
    Pod local = Pod.builder().name("vm3").virtualMachine("vm3").cpuMillis(100).build();
    Pod daemon = Pod.builder().name("agent").cpuMillis(50).build();
    Inventory inv = Inventory.builder().addNode(node("a", "8", "16Gi")).addNode(node("b", "2", "16Gi"))
        .addPod(vm1, "a").addPod(vm2, "a").addPod(local, "a").addPod(daemon, "a").build();
    EvacuationPlan plan = Evacuation.of(PlacementOptions.defaults()).plan(inv, "a",
        Map.of("default/vm3", "local disks: the VM is not live-migratable"), new SplittableRandom(1));
    assertThat(plan.complete()).isFalse();
    assertThat(plan.moves()).extracting(Move::pod).containsExactlyInAnyOrder("default/vm1", "default/vm2",
        "default/vm3");
    Move moved = plan.moves().stream().filter(m -> m.target().isPresent()).findFirst().orElseThrow();
    assertThat(moved.target()).contains("b");
    assertThat(moved.operation().orElseThrow().metadata().generateName()).contains("evacuation-");
    assertThat(plan.moves()).filteredOn(m -> m.pod().equals("default/vm3")).singleElement()
        .satisfies(m -> assertThat(m.reason()).contains("local disks: the VM is not live-migratable"));
    assertThat(plan.moves()).filteredOn(m -> m.pod().equals("default/vm2")).singleElement()
        .satisfies(m -> assertThat(m.reason().orElseThrow())
            .isEqualTo("0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable."));
  }

  // ------------------------------------------------------------------ properties

  /** A random small cluster and batch from one seed. */
  static Inventory randomCluster(SplittableRandom r) {
    Inventory.Builder b = Inventory.builder();
    int nodes = 2 + r.nextInt(4);
    for (int i = 0; i < nodes; i++) {
      dev.dvp.model.Node n = node("n" + i, String.valueOf(1 + r.nextInt(4)), (2 + r.nextInt(6)) + "Gi",
          "zone=z" + r.nextInt(2));
      if (r.nextInt(4) == 0) {
        n = Fixtures.tainted(n, Taint.of("dedicated", "x", TaintEffect.NO_SCHEDULE));
      }
      b.addNode(n);
    }
    return b.build();
  }

  static List<Pod> randomPods(SplittableRandom r) {
    List<Pod> pods = new ArrayList<>();
    int count = 1 + r.nextInt(8);
    for (int i = 0; i < count; i++) {
      String app = r.nextBoolean() ? "a" : "b";
      var p = Pod.builder().name("p" + i).putLabel("app", app).cpuMillis(100L * (1 + r.nextInt(20)))
          .memoryBytes((long) (1 + r.nextInt(3)) << 30);
      switch (r.nextInt(5)) {
        case 0 -> p.addRequiredAntiAffinity(anti(app));
        case 1 -> p.putNodeSelector("zone", "z" + r.nextInt(2));
        case 2 -> p.addRequiredAffinity(VirtualMachineAndPodAffinityTerm.builder()
            .labelSelector(LabelSelector.ofLabels(Map.of("app", app))).topologyKey("zone").build());
        default -> { }
      }
      pods.add(p.build());
    }
    return pods;
  }

  @Test
  void propertyAPlanNeverViolatesAHardConstraint() {
    Scheduler scheduler = Scheduler.of(PlacementOptions.defaults());
    qt().withExamples(150).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Inventory inv = randomCluster(r);
      List<Pod> pods = randomPods(r);
      Plan plan = planner.plan(inv, pods, new SplittableRandom(seed));
      Inventory replay = inv;
      for (Assignment a : plan.assignments()) {
        Pod pod = pods.stream().filter(p -> p.key().equals(a.pod())).findFirst().orElseThrow();
        Placement check = scheduler.schedule(replay, pod, TieBreak.byName());
        assertThat(check.rejection(a.node())).as("replaying %s on %s", a.pod(), a.node()).isEmpty();
        replay = replay.withPod(pod, a.node());
      }
      assertThat(plan.placedCount() + plan.unplaced().size()).isEqualTo(pods.size());
    });
  }

  @Test
  void propertySchedulingOneByOneNeverBeatsThePlan() {
    Scheduler scheduler = Scheduler.of(PlacementOptions.defaults());
    qt().withExamples(150).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Inventory inv = randomCluster(r);
      List<Pod> pods = randomPods(r);
      TieBreak tie = TieBreak.random(new SplittableRandom(seed));
      Inventory state = inv;
      int placed = 0;
      for (Pod pod : pods) {
        Placement p = scheduler.schedule(state, pod, tie);
        if (p.isScheduled()) {
          placed++;
          state = state.withPod(pod, p.node().orElseThrow());
        }
      }
      assertThat(planner.plan(inv, pods, new SplittableRandom(seed)).placedCount()).isGreaterThanOrEqualTo(placed);
    });
  }

  @Test
  void propertyResultsAreDeterministicForASeed() {
    qt().withExamples(60).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Inventory inv = randomCluster(r);
      List<Pod> pods = randomPods(r);
      Plan one = planner.plan(inv, pods, new SplittableRandom(seed));
      Plan two = planner.plan(inv, pods, new SplittableRandom(seed));
      assertThat(two.assignments()).isEqualTo(one.assignments());
      assertThat(two.totalScore()).isEqualTo(one.totalScore());
      assertThat(two.snapshotId()).isEqualTo(one.snapshotId());
    });
  }
}
