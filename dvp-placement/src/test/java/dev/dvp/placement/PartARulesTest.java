package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.generic;
import static dev.dvp.placement.Fixtures.read;
import static dev.dvp.placement.Fixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Node;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.NodeSelectorOperator;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.Toleration;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.sizing.MemoryOverhead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part A: how a VM and its class become launcher-pod constraints. */
class PartARulesTest {
  static VirtualMachineClass classWith(String... specLines) {
    StringBuilder yaml = new StringBuilder(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2", "kind: VirtualMachineClass",
        "metadata:", "  name: cls", "spec:", ""));
    for (String l : specLines) {
      yaml.append("  ").append(l).append('\n');
    }
    return read(yaml.toString(), VirtualMachineClass.class);
  }

  @Test
  void rA1_classMatchLabelsOverrideTheVmsValueOnASharedKeyWithAWarning() {
    VirtualMachine vm = vm("v", 1, "100%", "1Gi", "nodeSelector:", "  zone: a", "  disk: ssd");
    VirtualMachineClass cls = classWith("cpu: {type: Host}", "nodeSelector:", "  matchLabels: {zone: b}");
    Pod pod = LauncherPod.of(vm).vmClass(cls).render();
    assertThat(pod.nodeSelector()).containsEntry("zone", "b").containsEntry("disk", "ssd");
    assertThat(pod.warnings()).anyMatch(w -> w.startsWith("nodeSelector zone=a of the VM is overridden by zone=b"));
  }

  @Test
  void rA2_usbDevicesAddTheGatewaySelector() {
    VirtualMachine vm = vm("v", 1, "100%", "1Gi", "usbDevices:", "  - name: token");
    assertThat(LauncherPod.of(vm).render().nodeSelector()).containsEntry(LauncherPod.USB_GATEWAY_LABEL, "true");
  }

  @Test
  void rA3_rA18_tolerationsAreVmThenClassThenAdmissionDefaults() {
    VirtualMachine vm = vm("v", 1, "100%", "1Gi", "tolerations:", "  - {key: a, operator: Exists}");
    VirtualMachineClass cls = classWith("cpu: {type: Host}", "tolerations:", "  - {key: b, operator: Exists}");
    List<Toleration> t = LauncherPod.of(vm).vmClass(cls).render().tolerations();
    assertThat(t).extracting(x -> x.key().orElse("")).containsExactly("a", "b", "node.kubernetes.io/not-ready",
        "node.kubernetes.io/unreachable");
    assertThat(t.get(2).tolerationSeconds()).contains(300L);
  }

  @Test
  void rA4_vmAffinityBecomesPodAffinityTermByTerm() {
    VirtualMachine vm = vm("v", 1, "100%", "1Gi",
        "affinity:",
        "  virtualMachineAndPodAntiAffinity:",
        "    preferredDuringSchedulingIgnoredDuringExecution:",
        "      - weight: 7",
        "        virtualMachineAndPodAffinityTerm:",
        "          labelSelector: {matchLabels: {app: x}}",
        "          topologyKey: zone");
    Pod pod = LauncherPod.of(vm).render();
    assertThat(pod.preferredAntiAffinity()).singleElement().satisfies(w -> assertThat(w.weight()).isEqualTo(7));
    assertThat(pod.requiredAffinity()).isEmpty();
  }

  @Test
  void rA5_classExpressionsAreAppendedToEveryRequiredTermAndRescueAnEmptyTerm() {
    VirtualMachine vm = vm("v", 1, "100%", "1Gi",
        "affinity:",
        "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:",
        "      nodeSelectorTerms:",
        "        - matchExpressions: [{key: a, operator: Exists}]",
        "        - {}");
    VirtualMachineClass cls = classWith("cpu: {type: Host}", "nodeSelector:",
        "  matchExpressions: [{key: rack, operator: In, values: [r1]}]");
    Pod pod = LauncherPod.of(vm).vmClass(cls).render();
    List<NodeSelectorTerm> terms = pod.requiredNodeAffinity().orElseThrow().nodeSelectorTerms();
    assertThat(terms).hasSize(2);
    assertThat(terms.get(0).matchExpressions()).extracting(NodeSelectorRequirement::key).containsExactly("a", "rack");
    assertThat(terms.get(1).matchExpressions()).extracting(NodeSelectorRequirement::key).containsExactly("rack");
    assertThat(pod.warnings()).anyMatch(w -> w.contains("term 1 is empty") && w.contains("appended into it"));
    // Without VM terms the class expressions form the only term.
    Pod plain = LauncherPod.of(vm("w", 1, "100%", "1Gi")).vmClass(cls).render();
    assertThat(plain.requiredNodeAffinity().orElseThrow().nodeSelectorTerms()).singleElement()
        .satisfies(t -> assertThat(t.matchExpressions()).extracting(NodeSelectorRequirement::key).containsExactly("rack"));
  }

  @Test
  void rA6_persistentVolumeAffinityIsCrossProducted() {
    VirtualMachine vm = vm("v", 1, "100%", "1Gi",
        "affinity:",
        "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:",
        "      nodeSelectorTerms:",
        "        - matchExpressions: [{key: a, operator: Exists}]",
        "        - matchExpressions: [{key: b, operator: Exists}]");
    NodeSelector pv = NodeSelector.builder().addNodeSelectorTerms(term("zone", "z1"), term("zone", "z2")).build();
    Pod pod = LauncherPod.of(vm).persistentVolumeAffinity(pv).render();
    assertThat(pod.requiredNodeAffinity().orElseThrow().nodeSelectorTerms())
        .extracting(t -> t.matchExpressions().stream().map(r -> r.key() + r.values()).toList())
        .containsExactly(List.of("a[]", "zone[z1]"), List.of("a[]", "zone[z2]"), List.of("b[]", "zone[z1]"),
            List.of("b[]", "zone[z2]"));
  }

  private static NodeSelectorTerm term(String key, String value) {
    return NodeSelectorTerm.builder().addMatchExpressions(NodeSelectorRequirement.builder().key(key)
        .operator(NodeSelectorOperator.IN).addValues(value).build()).build();
  }

  @Test
  void rA7_rA8_spreadPriorityAndLabelsPassThrough() {
    VirtualMachine vm = Fixtures.labelled(vm("v", 1, "100%", "1Gi", "priorityClassName: high",
        "topologySpreadConstraints:", "  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule,"
            + " labelSelector: {matchLabels: {app: x}}}"), "app=x");
    Pod pod = LauncherPod.of(vm).render();
    assertThat(pod.priorityClassName()).contains("high");
    assertThat(pod.topologySpreadConstraints()).hasSize(1);
    assertThat(pod.labels()).containsEntry("app", "x");
  }

  /**
   * DVP's {@code sync_metadata.go} adds {@code pod.deckhouse.io/inhibit-node-shutdown} and KubeVirt names its pod
   * under the rewritten {@code kubevirt.internal.virtualization.deckhouse.io} prefix: placement's pod carries the
   * labels Service selection sees, so pod (anti-)affinity and Services agree.
   */
  @Test
  void rA8_podLabelsAreTheLauncherPodLabelsServicesSelect() {
    VirtualMachine vm = Fixtures.labelled(vm("v", 1, "100%", "1Gi"), "app=x");
    assertThat(LauncherPod.of(vm).render().labels()).isEqualTo(dev.dvp.lifecycle.LauncherPods.labels(vm))
        .containsEntry("app", "x")
        .containsEntry("pod.deckhouse.io/inhibit-node-shutdown", "")
        .containsEntry("kubevirt.internal.virtualization.deckhouse.io", "virt-launcher")
        .containsEntry("vm.kubevirt.internal.virtualization.deckhouse.io/name", "v");
  }

  @Test
  void rA9_kubevirtSelectsSchedulableAndArchitecture() {
    Pod pod = LauncherPod.of(vm("v", 1, "100%", "1Gi"))
        .options(PlacementOptions.builder().architecture("arm64").build()).render();
    assertThat(pod.nodeSelector()).containsEntry(LauncherPod.SCHEDULABLE_LABEL, "true")
        .containsEntry("kubernetes.io/arch", "arm64");
  }

  @Test
  void rA10_cpuTypesBecomeModelAndFeatureSelectors() {
    assertThat(LauncherPod.of(vm("v", 1, "100%", "1Gi")).vmClass(generic()).render().nodeSelector())
        .containsEntry(LauncherPod.CPU_MODEL_PREFIX + "Nehalem", "true");
    VirtualMachineClass features = classWith("cpu: {type: Features, features: [sse4_2, invtsc]}");
    assertThat(LauncherPod.of(vm("v", 1, "100%", "1Gi")).vmClass(features).render().nodeSelector())
        .containsEntry(LauncherPod.CPU_FEATURE_PREFIX + "sse4_2", "true")
        .doesNotContainKey(LauncherPod.CPU_FEATURE_PREFIX + "invtsc");
    VirtualMachineClass host = classWith("cpu: {type: Host}");
    assertThat(LauncherPod.of(vm("v", 1, "100%", "1Gi")).vmClass(host).render().nodeSelector().keySet())
        .noneMatch(k -> k.startsWith("cpu-"));
  }

  @Test
  void rA10_discoveryIntersectsFeatureLabelsOfVirtHandlerNodesOnlyWhileStatusIsEmpty() {
    Node n1 = Fixtures.node("n1", "4", "8Gi", LauncherPod.CPU_FEATURE_PREFIX + "avx=true",
        LauncherPod.CPU_FEATURE_PREFIX + "aes=true");
    Node n2 = Fixtures.node("n2", "4", "8Gi", LauncherPod.CPU_FEATURE_PREFIX + "aes=true");
    VirtualMachineClass discovery = classWith("cpu: {type: Discovery}");
    Pod pod = LauncherPod.of(vm("v", 1, "100%", "1Gi")).vmClass(discovery).discoveryNodes(List.of(n1, n2)).render();
    assertThat(pod.nodeSelector()).containsEntry(LauncherPod.CPU_FEATURE_PREFIX + "aes", "true")
        .doesNotContainKey(LauncherPod.CPU_FEATURE_PREFIX + "avx");
    VirtualMachineClass frozen = read(String.join("\n", "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineClass", "metadata: {name: cls}", "spec:", "  cpu: {type: Discovery}",
        "status:", "  phase: Ready", "  cpuFeatures: {enabled: [avx]}", ""), VirtualMachineClass.class);
    assertThat(LauncherPod.of(vm("v", 1, "100%", "1Gi")).vmClass(frozen).discoveryNodes(List.of(n2)).render()
        .nodeSelector()).containsEntry(LauncherPod.CPU_FEATURE_PREFIX + "avx", "true")
        .doesNotContainKey(LauncherPod.CPU_FEATURE_PREFIX + "aes");
  }

  @Test
  void rA11_cpuRequestIsCoresTimesFractionRoundedUp() {
    assertThat(LauncherPod.of(vm("v", 2, "20%", "1Gi")).render().cpuMillis()).isEqualTo(400);
    assertThat(LauncherPod.of(vm("v", 1, "5%", "1Gi")).render().cpuMillis()).isEqualTo(50);
    assertThat(LauncherPod.of(vm("v", 3, "100%", "1Gi")).render().cpuMillis()).isEqualTo(3000);
  }

  @Test
  void rA11_emptyFractionTakesThePolicyDefaultAndAutoTheSeedClosestToTen() {
    VirtualMachine noFraction = withoutFraction(2);
    VirtualMachineClass cls = classWith("cpu: {type: Host}", "sizingPolicies:",
        "  - cores: {min: 1, max: 4}", "    coreFractions: [5, 25, 50, 100]", "    defaultCoreFraction: 25");
    assertThat(LauncherPod.of(noFraction).vmClass(cls).render().cpuMillis()).isEqualTo(500);
    VirtualMachine auto = vm("v", 2, "Auto", "1Gi");
    assertThat(LauncherPod.of(auto).vmClass(cls).render().cpuMillis()).isEqualTo(100); // step 5 is closest to 10
    assertThat(LauncherPod.of(noFraction).render().cpuMillis()).isEqualTo(2000);
  }

  /**
   * DVP's defaulter ({@code vm/internal/defaulter/core_fraction.go}) fills a coreFraction that is {@code ""}, as it
   * fills one that is absent; placement used to keep {@code ""} and request whole cores.
   */
  @Test
  void rA11_anEmptyFractionIsDefaultedLikeAnAbsentOne() {
    VirtualMachine empty = vm("v", 2, "\"\"", "1Gi");
    assertThat(empty.spec().cpu().coreFraction()).contains("");
    VirtualMachineClass cls = classWith("cpu: {type: Host}", "sizingPolicies:",
        "  - cores: {min: 1, max: 4}", "    coreFractions: [5, 25, 50, 100]", "    defaultCoreFraction: 25");
    assertThat(LauncherPod.of(empty).vmClass(cls).render().cpuMillis()).isEqualTo(500);
  }

  @Test
  void rA11_whereDvpWouldRejectTheDefaultPlacementWarnsAndAssumesWholeCores() {
    VirtualMachine noFraction = withoutFraction(8);
    VirtualMachineClass cls = classWith("cpu: {type: Host}", "sizingPolicies:",
        "  - cores: {min: 1, max: 4}", "    coreFractions: [5, 25]");
    Pod outside = LauncherPod.of(noFraction).vmClass(cls).render();
    assertThat(outside.cpuMillis()).isEqualTo(8000);
    assertThat(outside.warnings()).anyMatch(w -> w.contains("is in no sizing policy"));
    Pod inside = LauncherPod.of(withoutFraction(2)).vmClass(cls).render();
    assertThat(inside.cpuMillis()).isEqualTo(2000);
    assertThat(inside.warnings()).anyMatch(w -> w.contains("has no default coreFraction for 2 cores"));
  }

  @Test
  void rA12_memoryRequestFollowsTheChosenOverheadModel() {
    VirtualMachine vm = vm("v", 2, "100%", "1Gi");
    assertThat(LauncherPod.of(vm).options(PlacementOptions.builder().memoryOverhead(MemoryOverhead.NONE).build())
        .render().memoryBytes()).isEqualTo(1L << 30);
    assertThat(LauncherPod.of(vm).render().memoryBytes()).isEqualTo((1L << 30) + 2 * 8 * 1024 * 1024);
  }

  @Test
  void rA13_oversubscriptionGuideExample_fiveVmsOfTwoCoresAtTwentyPercentFitAFourCoreNode() {
    Inventory.Builder b = Inventory.builder().addNode(Fixtures.node("n", "4", "64Gi"));
    Scheduler s = Scheduler.of(PlacementOptions.defaults());
    Inventory inv = b.build();
    for (int k = 0; k < 5; k++) {
      Placement p = s.schedule(inv, vm("vm" + k, 2, "20%", "1Gi"), java.util.Optional.of(generic()), TieBreak.byName());
      assertThat(p.node()).contains("n");
      inv = inv.withPod(p.pod(), "n");
    }
    assertThat(inv.podsOn("n")).hasSize(5).allMatch(p -> p.cpuMillis() == 400);
  }

  /** A VM of class {@code cls} with no coreFraction. */
  private static VirtualMachine withoutFraction(int cores) {
    return read(String.join("\n", "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachine", "metadata: {name: v, namespace: default}", "spec:",
        "  virtualMachineClassName: cls", "  cpu: {cores: " + cores + "}", "  memory: {size: 1Gi}",
        "  blockDeviceRefs: []", ""), VirtualMachine.class);
  }
}
