package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.cordoned;
import static dev.dvp.placement.Fixtures.generic;
import static dev.dvp.placement.Fixtures.node;
import static dev.dvp.placement.Fixtures.read;
import static dev.dvp.placement.Fixtures.tainted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.Node;
import dev.dvp.model.NodeStatus;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Quantity;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A.3: a class's {@code status.availableNodes} and {@code status.maxAllocatableResources}. */
class ClassNodesTest {
  private static VirtualMachineClass cls(String... specLines) {
    StringBuilder yaml = new StringBuilder(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineClass",
        "metadata:",
        "  name: c",
        "spec:",
        ""));
    for (String line : specLines) {
      yaml.append("  ").append(line).append('\n');
    }
    return read(yaml.toString(), VirtualMachineClass.class);
  }

  private static Node plain(String name, String cpu, String memory, String... labels) {
    Node n = node(name, cpu, memory, labels);
    Map<String, String> l = new java.util.LinkedHashMap<>(n.labels());
    l.remove(LauncherPod.CPU_MODEL_PREFIX + "Nehalem");
    return n.withMetadata(ObjectMeta.builder().from(n.metadata()).labels(l).build());
  }

  private static Node withoutHandler(Node n) {
    Map<String, String> l = new java.util.LinkedHashMap<>(n.labels());
    l.remove(LauncherPod.SCHEDULABLE_LABEL);
    return n.withMetadata(ObjectMeta.builder().from(n.metadata()).labels(l).build());
  }

  private static Inventory inventory(Node... nodes) {
    return Inventory.builder().addNodes(List.of(nodes)).build();
  }

  @Test
  void genericNeedsNehalemAndVirtHandler() {
    Inventory inv = inventory(node("w1", "4", "16Gi"), node("w2", "8", "8Gi"),
        plain("old", "64", "512Gi"), withoutHandler(node("m1", "32", "64Gi")));
    ClassNodes c = ClassNodes.of(generic(), inv);
    assertThat(c.availableNodes()).containsExactly("w1", "w2");
    assertThat(c.maxAllocatableResources()).containsOnly(
        Map.entry("cpu", Quantity.parse("8")), Map.entry("memory", Quantity.parse("16Gi")));
  }

  @Test
  void hostTypesHaveNoCpuFilterButTheClassSelectorApplies() {
    VirtualMachineClass host = cls("cpu:", "  type: HostPassthrough", "nodeSelector:",
        "  matchLabels: {group: vm}", "  matchExpressions:", "    - {key: zone, operator: NotIn, values: [c]}");
    Inventory inv = inventory(plain("a", "4", "8Gi", "group=vm", "zone=a"), plain("b", "4", "8Gi", "group=db"),
        plain("c", "16", "8Gi", "group=vm", "zone=c"), plain("d", "2", "32Gi", "group=vm"));
    ClassNodes c = ClassNodes.of(host, inv);
    assertThat(c.availableNodes()).containsExactly("a", "d");
    assertThat(c.maxAllocatableResources()).containsEntry("cpu", Quantity.parse("4"))
        .containsEntry("memory", Quantity.parse("32Gi"));
  }

  @Test
  void featuresNeedEveryFeatureLabel() {
    VirtualMachineClass f = cls("cpu:", "  type: Features", "  features: [avx, invtsc]");
    String avx = LauncherPod.CPU_FEATURE_PREFIX + "avx=true";
    String invtsc = LauncherPod.CPU_FEATURE_PREFIX + "invtsc=true";
    Inventory inv = inventory(plain("a", "4", "8Gi", avx, invtsc), plain("b", "4", "8Gi", avx));
    // Unlike the pod's selectors (invtsc is optional there), the status filter asks for every listed feature.
    assertThat(ClassNodes.of(f, inv).availableNodes()).containsExactly("a");
  }

  @Test
  void discoveryUsesTheFrozenStatusOrTheDiscoveryPool() {
    String avx = LauncherPod.CPU_FEATURE_PREFIX + "avx=true";
    String sse = LauncherPod.CPU_FEATURE_PREFIX + "sse4_2=true";
    Inventory inv = inventory(plain("a", "4", "8Gi", avx, sse, "pool=x"), plain("b", "4", "8Gi", avx, "pool=x"),
        plain("c", "4", "8Gi", sse));
    VirtualMachineClass fresh = cls("cpu:", "  type: Discovery", "  discovery:",
        "    nodeSelector: {matchLabels: {pool: x}}");
    assertThat(ClassNodes.of(fresh, inv).availableNodes()).containsExactly("a", "b");
    VirtualMachineClass frozen = read(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineClass",
        "metadata: {name: d}",
        "spec:",
        "  cpu: {type: Discovery}",
        "status:",
        "  phase: Ready",
        "  cpuFeatures:",
        "    enabled: [sse4_2]",
        ""), VirtualMachineClass.class);
    assertThat(ClassNodes.of(frozen, inv).availableNodes()).containsExactly("a", "c");
  }

  @Test
  void edgeCases_zeroAndMissingAllocatableAreSkippedAndTaintsAndCordonsIgnored() {
    Node zero = node("z", "0", "0").withStatus(NodeStatus.builder().putAllocatable("cpu", Quantity.parse("0"))
        .build());
    Node tainted = tainted(node("t", "2", "4Gi"), Taint.of("x", "y", TaintEffect.NO_SCHEDULE));
    Node off = cordoned(node("o", "1", "1Gi"));
    ClassNodes c = ClassNodes.of(generic(), inventory(zero, tainted, off));
    assertThat(c.availableNodes()).containsExactly("o", "t", "z");
    assertThat(c.maxAllocatableResources()).containsOnly(
        Map.entry("cpu", Quantity.parse("2")), Map.entry("memory", Quantity.parse("4Gi")));
    assertThat(ClassNodes.of(generic(), inventory(zero)).maxAllocatableResources()).isEmpty();
    assertThat(ClassNodes.of(generic(), inventory()).availableNodes()).isEmpty();
  }

  /** Available nodes are virt-handler nodes; each maximum is reached by one of them and bounds all of them. */
  @Test
  void property_maximaBoundEveryAvailableNode() {
    qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < r.nextInt(8); i++) {
        Node n = node("n" + i, String.valueOf(r.nextInt(5)), r.nextInt(5) + "Gi");
        nodes.add(r.nextInt(4) == 0 ? withoutHandler(n) : r.nextInt(4) == 0 ? plain("n" + i, "1", "1Gi") : n);
      }
      ClassNodes c = ClassNodes.of(generic(), Inventory.builder().addNodes(nodes).build());
      for (String resource : List.of("cpu", "memory")) {
        List<Quantity> values = nodes.stream().filter(n -> c.availableNodes().contains(n.name()))
            .map(n -> n.allocatable().get(resource)).filter(q -> !q.isZero()).toList();
        if (values.isEmpty()) {
          assertThat(c.maxAllocatableResources()).doesNotContainKey(resource);
        } else {
          Quantity max = c.maxAllocatableResources().get(resource);
          assertThat(values).contains(max);
          assertThat(values).allMatch(q -> q.compareTo(max) <= 0);
        }
      }
      assertThat(c.availableNodes()).allMatch(name -> nodes.stream().anyMatch(n -> n.name().equals(name)
          && "true".equals(n.labels().get(LauncherPod.SCHEDULABLE_LABEL))));
    });
  }
}
