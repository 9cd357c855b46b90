package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.node;
import static dev.dvp.placement.Fixtures.tainted;
import static dev.dvp.placement.Fixtures.vm;
import static dev.dvp.placement.VmPlacementPredicateTest.classWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.Node;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.NodeSelectorOperator;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A.5 / R-A15: the disk-topology admission check with admission.md 2.4.11's messages. */
class DiskTopologyTest {
  private static NodeSelector onHost(String... hosts) {
    return NodeSelector.builder().addNodeSelectorTerms(NodeSelectorTerm.builder().addMatchExpressions(
        NodeSelectorRequirement.builder().key("kubernetes.io/hostname").operator(NodeSelectorOperator.IN)
            .addValues(hosts).build()).build()).build();
  }

  private static final List<Node> NODES = List.of(
      node("node-1", "4", "16Gi", "disktype=ssd"),
      node("node-2", "4", "16Gi", "disktype=ssd"),
      node("node-3", "4", "16Gi", "disktype=hdd"));

  @Test
  void localDiskOnAnSsdNodeIsAdmittedForTheSeedNodeSelector() {
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:", "  disktype: ssd");
    DiskTopologyVerdict v = DiskTopology.of(vm, Optional.empty()).withDisk("linux-vm-root", onHost("node-2"))
        .checkUnscheduled(NODES, true);
    assertThat(v.allowed()).isTrue();
    assertThat(v.nodes()).containsExactly("node-2");
    assertThat(v.message()).isEmpty();
  }

  @Test
  void localDiskOnlyOnAnHddNodeIsATopologyConflict() {
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:", "  disktype: ssd");
    DiskTopology t = DiskTopology.of(vm, Optional.empty()).withDisk("linux-vm-root", onHost("node-3"));
    assertThat(t.checkUnscheduled(NODES, true).message()).contains("unable to create VM \"linux-vm\" due to a"
        + " topology conflict. Ensure that all disks are accessible on the nodes in accordance with the VM node"
        + " placement rules (node selector, affinity, tolerations)");
    assertThat(t.checkUnscheduled(NODES, false).message().orElseThrow()).startsWith("unable to update VM");
  }

  @Test
  void twoDisksOnDifferentNodesConflict() {
    DiskTopology t = DiskTopology.of(vm("a", 1, "10%", "1Gi"), Optional.empty())
        .withDisk("d1", onHost("node-1")).withDisk("d2", onHost("node-2"));
    assertThat(t.checkUnscheduled(NODES, true).allowed()).isFalse();
  }

  @Test
  void noNodeBoundDisksAndNoNodesAtAll() {
    DiskTopology t = DiskTopology.of(vm("a", 1, "10%", "1Gi"), Optional.empty());
    assertThat(t.checkUnscheduled(NODES, true).nodes()).containsExactly("node-1", "node-2", "node-3");
    assertThat(t.checkUnscheduled(List.of(), true).allowed()).isFalse();
  }

  @Test
  void classTolerationsAreNotConsideredAndTheVerdictSaysSo() {
    VirtualMachineClass cls = classWith("tolerations:",
        "  - {key: dedicated, operator: Equal, value: db, effect: NoSchedule}");
    Node db = tainted(node("db-1", "4", "16Gi"), Taint.of("dedicated", "db", TaintEffect.NO_SCHEDULE));
    VirtualMachine vm = vm("pg", 1, "10%", "1Gi");
    DiskTopologyVerdict v = DiskTopology.of(vm, Optional.of(cls)).withDisk("pg-data", onHost("db-1"))
        .checkUnscheduled(List.of(db, NODES.get(0)), true);
    assertThat(v.allowed()).isFalse();
    assertThat(v.notes()).containsExactly("class tolerations were not considered; with them node(s) db-1"
        + " would qualify");
    // The launcher pod itself (VM ∪ class tolerations) would schedule there.
    Pod pod = LauncherPod.of(vm).vmClass(cls).persistentVolumeAffinity(onHost("db-1")).render();
    Placement p = Scheduler.of(PlacementOptions.defaults())
        .schedule(Inventory.builder().addNode(db).build(), pod, TieBreak.byName());
    assertThat(p.node()).contains("db-1");
  }

  @Test
  void runningVm_addedDisksMustBeOnItsNode() {
    DiskTopology t = DiskTopology.of(vm("linux-vm", 1, "10%", "1Gi"), Optional.empty())
        .withDisk("a", onHost("node-2")).withDisk("b", onHost("node-3")).withDisk("c", onHost("node-1"));
    DiskTopologyVerdict v = t.checkOnNode(NODES.get(0), List.of("a", "b", "c", "network-disk"));
    assertThat(v.message()).contains("unable to attach disks to VM \"linux-vm\": disks [\"a\", \"b\"] are not"
        + " available on node \"node-1\" where the VM is running");
    assertThat(t.checkOnNode(NODES.get(0), List.of("c", "network-disk")).nodes()).containsExactly("node-1");
    assertThat(t.checkOnNode(NODES.get(0), List.of()).allowed()).isTrue();
  }

  @Test
  void aDiskGivenTwiceIsMisuse() {
    DiskTopology t = DiskTopology.of(vm("a", 1, "10%", "1Gi"), Optional.empty()).withDisk("d", onHost("node-1"));
    assertThatThrownBy(() -> t.withDisk("d", onHost("node-2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disk \"d\"").hasMessageContaining("Maybe");
  }

  /** The qualifying nodes are exactly those the predicate and every disk admit; adding a disk never adds nodes. */
  @Test
  void property_qualifyingNodesAreTheIntersection() {
    qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(6); i++) {
        nodes.add(node("n" + i, "4", "16Gi", "disktype=" + (r.nextBoolean() ? "ssd" : "hdd")));
      }
      VirtualMachine vm = vm("v", 1, "10%", "1Gi", "nodeSelector:", "  disktype: ssd");
      DiskTopology t = DiskTopology.of(vm, Optional.empty());
      List<String> previous = t.checkUnscheduled(nodes, true).nodes();
      for (int d = 0; d < 3; d++) {
        NodeSelector s = onHost("n" + r.nextInt(6), "n" + r.nextInt(6));
        t = t.withDisk("d" + d, s);
        DiskTopologyVerdict v = t.checkUnscheduled(nodes, true);
        assertThat(previous).containsAll(v.nodes());
        assertThat(v.allowed()).isEqualTo(!v.nodes().isEmpty());
        for (Node n : nodes) {
          boolean ok = "ssd".equals(n.labels().get("disktype")) && previous.contains(n.name())
              && s.matches(n.labels(), n.name());
          assertThat(v.nodes().contains(n.name())).isEqualTo(ok);
        }
        previous = v.nodes();
      }
    });
  }
}
