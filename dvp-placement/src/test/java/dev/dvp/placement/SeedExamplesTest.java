package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.generic;
import static dev.dvp.placement.Fixtures.labelled;
import static dev.dvp.placement.Fixtures.node;
import static dev.dvp.placement.Fixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.VirtualMachine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The placement examples of the user guide ("Размещение ВМ по узлам"), with its three-node cluster. */
class SeedExamplesTest {
  private final Scheduler scheduler = Scheduler.of(PlacementOptions.defaults());

  private static Inventory.Builder threeNodes() {
    return Inventory.builder()
        .addNode(node("node-1", "4", "16Gi", "disktype=ssd"))
        .addNode(node("node-2", "4", "16Gi", "disktype=ssd"))
        .addNode(node("node-3", "4", "16Gi", "disktype=hdd"));
  }

  @Test
  void nodeSelectorDisktypeSsdPlacesOnlyOnSsdNodes() {
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:", "  disktype: ssd");
    Placement p = scheduler.schedule(threeNodes().build(), vm, Optional.of(generic()), TieBreak.byName());
    assertThat(p.node()).contains("node-1");
    assertThat(p.tiedNodes()).containsExactly("node-1", "node-2");
    NodeRejection hdd = p.rejection("node-3").orElseThrow();
    assertThat(hdd.plugin()).isEqualTo("NodeAffinity");
    assertThat(hdd.reasons()).containsExactly("node(s) didn't match Pod's node affinity/selector");
    assertThat(hdd.details()).containsExactly("nodeSelector disktype=ssd: the node has disktype=hdd");
    assertThat(hdd.status()).isEqualTo(FilterStatus.UNSCHEDULABLE_AND_UNRESOLVABLE);
  }

  @Test
  void requiredNodeAffinityDisktypeInSsd() {
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi",
        "affinity:",
        "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:",
        "      nodeSelectorTerms:",
        "        - matchExpressions:",
        "            - key: disktype",
        "              operator: In",
        "              values: [ssd]");
    Placement p = scheduler.schedule(threeNodes().build(), vm, Optional.of(generic()), TieBreak.byName());
    assertThat(p.scores()).extracting(NodeScore::node).containsExactly("node-1", "node-2");
    assertThat(p.rejection("node-3").orElseThrow().details())
        .containsExactly("required node affinity term 0: disktype In [ssd] fails (disktype=hdd)");
  }

  @Test
  void preferredNodeAffinityFallsBackToHddWhenSsdNodesAreFull() {
    String[] preferSsd = {
        "affinity:",
        "  nodeAffinity:",
        "    preferredDuringSchedulingIgnoredDuringExecution:",
        "      - weight: 1",
        "        preference:",
        "          matchExpressions:",
        "            - key: disktype",
        "              operator: In",
        "              values: [ssd]"};
    VirtualMachine vm = vm("linux-vm", 2, "100%", "1Gi", preferSsd);
    Placement free = scheduler.schedule(threeNodes().build(), vm, Optional.of(generic()), TieBreak.byName());
    assertThat(free.node()).contains("node-1");
    assertThat(free.score("node-1").orElseThrow().plugins())
        .contains(new PluginScore("NodeAffinity", 1, 100, 2));
    assertThat(free.score("node-3").orElseThrow().plugins())
        .contains(new PluginScore("NodeAffinity", 0, 0, 2));

    Pod hog = Pod.builder().name("hog").cpuMillis(3500).build();
    Inventory full = threeNodes().addPod(hog, "node-1").addPod(hog.withName("hog-2"), "node-2").build();
    Placement p = scheduler.schedule(full, vm, Optional.of(generic()), TieBreak.byName());
    assertThat(p.node()).contains("node-3");
    assertThat(p.rejection("node-1").orElseThrow().reasons()).containsExactly("Insufficient cpu");
    assertThat(p.rejection("node-1").orElseThrow().status()).isEqualTo(FilterStatus.UNSCHEDULABLE);
  }

  @Test
  void preferredVmAffinityToDatabasePrefersItsNode() {
    VirtualMachine db = labelled(vm("database", 1, "10%", "1Gi"), "server=database");
    VirtualMachine app = vm("app", 1, "10%", "1Gi",
        "affinity:",
        "  virtualMachineAndPodAffinity:",
        "    preferredDuringSchedulingIgnoredDuringExecution:",
        "      - weight: 1",
        "        virtualMachineAndPodAffinityTerm:",
        "          labelSelector:",
        "            matchLabels:",
        "              server: database",
        "          topologyKey: kubernetes.io/hostname");
    Inventory inventory = threeNodes().addPod(LauncherPod.of(db).vmClass(generic()).render(), "node-2").build();
    Placement p = scheduler.schedule(inventory, app, Optional.of(generic()), TieBreak.byName());
    assertThat(p.node()).contains("node-2");
    assertThat(p.score("node-2").orElseThrow().plugins()).contains(new PluginScore("InterPodAffinity", 1, 100, 2));
    assertThat(p.score("node-1").orElseThrow().plugins()).contains(new PluginScore("InterPodAffinity", 0, 0, 2));
  }

  @Test
  void theGuidesPodAffinityTermKeyIsNotTheCrdsSoTheModelAsksForTheRealOne() {
    // The guide's weighted example writes `podAffinityTerm`; the CRD key is `virtualMachineAndPodAffinityTerm`.
    assertThatThrownBy(() -> vm("app", 1, "10%", "1Gi",
        "affinity:",
        "  virtualMachineAndPodAffinity:",
        "    preferredDuringSchedulingIgnoredDuringExecution:",
        "      - weight: 1",
        "        podAffinityTerm:",
        "          labelSelector:",
        "            matchLabels:",
        "              server: database",
        "          topologyKey: kubernetes.io/hostname"))
        .hasMessageContaining("virtualMachineAndPodAffinityTerm");
  }

  @Test
  void requiredAntiAffinityKeepsAwayFromTheDatabaseNode() {
    VirtualMachine db = labelled(vm("database", 1, "10%", "1Gi"), "server=database");
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi",
        "affinity:",
        "  virtualMachineAndPodAntiAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:",
        "      - labelSelector:",
        "          matchLabels:",
        "            server: database",
        "        topologyKey: kubernetes.io/hostname");
    Inventory inventory = threeNodes().addPod(LauncherPod.of(db).vmClass(generic()).render(), "node-1").build();
    Placement p = scheduler.schedule(inventory, vm, Optional.of(generic()), TieBreak.byName());
    assertThat(p.node()).contains("node-2");
    NodeRejection r = p.rejection("node-1").orElseThrow();
    assertThat(r.reasons()).containsExactly("node(s) didn't match pod anti-affinity rules");
    assertThat(r.status()).isEqualTo(FilterStatus.UNSCHEDULABLE);
    assertThat(r.details()).containsExactly("required anti-affinity (server=database, topologyKey"
        + " kubernetes.io/hostname): kubernetes.io/hostname=node-1 already runs default/database");
  }

  @Test
  void aggregateMessageInKubeSchedulersWords() {
    Inventory inventory = Inventory.builder()
        .addNode(node("node-1", "1", "16Gi", "disktype=ssd"))
        .addNode(node("node-2", "1", "16Gi", "disktype=ssd"))
        .addNode(node("node-3", "8", "16Gi", "disktype=hdd"))
        .build();
    VirtualMachine vm = vm("big", 2, "100%", "1Gi", "nodeSelector:", "  disktype: ssd");
    Placement p = scheduler.schedule(inventory, vm, Optional.of(generic()), TieBreak.byName());
    assertThat(p.isScheduled()).isFalse();
    assertThat(p.summary()).isEqualTo("0/3 nodes are available: 1 node(s) didn't match Pod's node"
        + " affinity/selector, 2 Insufficient cpu.");
    assertThat(p.preemptionCandidates()).isEmpty();
    assertThat(Fixtures.names(p.rejections())).containsExactly("node-1", "node-2", "node-3");
    assertThat(p.rejection("node-1").orElseThrow().details()).containsExactly(
        "cpu: the pod requests 2, the node has 1 free of 1 allocatable (0 requested by 0 pod(s))");
    assertThat(List.of(p.snapshotId())).allMatch(id -> id.length() == 16);
  }
}
