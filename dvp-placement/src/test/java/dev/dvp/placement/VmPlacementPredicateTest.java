package dev.dvp.placement;

import static dev.dvp.placement.Fixtures.node;
import static dev.dvp.placement.Fixtures.read;
import static dev.dvp.placement.Fixtures.tainted;
import static dev.dvp.placement.Fixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.Node;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** R-A15: DVP's {@code MatchesVMPlacement}, and where it differs from the launcher pod. */
class VmPlacementPredicateTest {
  static VirtualMachineClass classWith(String... specLines) {
    StringBuilder yaml = new StringBuilder(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineClass",
        "metadata:",
        "  name: dedicated",
        "spec:",
        "  cpu:",
        "    type: Host",
        ""));
    for (String line : specLines) {
      yaml.append("  ").append(line).append('\n');
    }
    return read(yaml.toString(), VirtualMachineClass.class);
  }

  @Test
  void seedNodeSelectorDisktypeSsd() {
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:", "  disktype: ssd");
    VmPlacementPredicate p = VmPlacementPredicate.of(vm, Optional.empty());
    assertThat(p.matches(node("node-1", "4", "16Gi", "disktype=ssd"))).isTrue();
    NodeMatch hdd = p.test(node("node-3", "4", "16Gi", "disktype=hdd"));
    assertThat(hdd.matches()).isFalse();
    assertThat(hdd.error()).isFalse();
    assertThat(hdd.code()).contains(NodeMatch.NODE_SELECTOR);
    assertThat(hdd.reason()).contains("VM nodeSelector disktype=ssd: node has disktype=hdd");
  }

  @Test
  void seedRequiredNodeAffinity() {
    VirtualMachine vm = vm("linux-vm", 1, "10%", "1Gi",
        "affinity:",
        "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:",
        "      nodeSelectorTerms:",
        "        - matchExpressions:",
        "            - key: disktype",
        "              operator: In",
        "              values: [ssd]");
    VmPlacementPredicate p = VmPlacementPredicate.of(vm, Optional.empty());
    assertThat(p.matches(node("node-1", "4", "16Gi", "disktype=ssd"))).isTrue();
    assertThat(p.test(node("node-3", "4", "16Gi", "disktype=hdd")).reason())
        .contains("the node matches none of the VM's required nodeAffinity terms");
  }

  @Test
  void vmAndClassSelectorsAreAndedWhereThePodLetsTheClassWin() {
    VirtualMachine vm = vm("a", 1, "10%", "1Gi", "nodeSelector:", "  group: green");
    VirtualMachineClass cls = classWith("nodeSelector:", "  matchLabels:", "    group: blue");
    Node blue = node("blue-1", "4", "16Gi", "group=blue");
    // R-A1: the launcher pod selects group=blue only, so blue-1 would be fine for the scheduler...
    assertThat(LauncherPod.of(vm).vmClass(cls).render().nodeSelector()).containsEntry("group", "blue");
    // ...but MatchesVMPlacement requires both, so no node can match.
    assertThat(VmPlacementPredicate.of(vm, Optional.of(cls)).test(blue).reason())
        .contains("VM nodeSelector group=green: node has group=blue");
    assertThat(VmPlacementPredicate.of(vm, Optional.of(cls)).test(node("green-1", "4", "16Gi", "group=green"))
        .reason()).contains("class nodeSelector.matchLabels group=blue: node has group=green");
  }

  @Test
  void classMatchExpressionsFormOneAndedTermIncludingGtLt() {
    VirtualMachineClass cls = classWith("nodeSelector:", "  matchExpressions:",
        "    - {key: zone, operator: In, values: [a, b]}",
        "    - {key: cores, operator: Gt, values: ['8']}");
    VmPlacementPredicate p = VmPlacementPredicate.of(vm("a", 1, "10%", "1Gi"), Optional.of(cls));
    assertThat(p.matches(node("n1", "4", "16Gi", "zone=a", "cores=16"))).isTrue();
    assertThat(p.test(node("n2", "4", "16Gi", "zone=a", "cores=8")).reason())
        .contains("class nodeSelector.matchExpressions cores Gt [8] does not hold for the node");
    assertThat(p.matches(node("n3", "4", "16Gi", "zone=c", "cores=16"))).isFalse();
  }

  @Test
  void onlyTheVmsOwnTolerationsCountForNoScheduleAndNoExecute() {
    VirtualMachineClass cls = classWith("tolerations:",
        "  - {key: dedicated, operator: Equal, value: db, effect: NoSchedule}");
    Node db = tainted(node("db-1", "4", "16Gi"), Taint.of("dedicated", "db", TaintEffect.NO_SCHEDULE));
    NodeMatch m = VmPlacementPredicate.of(vm("a", 1, "10%", "1Gi"), Optional.of(cls)).test(db);
    assertThat(m.code()).contains(NodeMatch.TAINT_NOT_TOLERATED);
    assertThat(m.reason()).contains("taint dedicated=db:NoSchedule is not tolerated by the VM's own"
        + " tolerations (class tolerations are not considered)");
    VirtualMachine tolerant = vm("b", 1, "10%", "1Gi", "tolerations:",
        "  - {key: dedicated, operator: Exists, effect: NoSchedule}");
    assertThat(VmPlacementPredicate.of(tolerant, Optional.of(cls)).matches(db)).isTrue();
    Node soft = tainted(node("soft", "4", "16Gi"), Taint.of("x", "y", TaintEffect.PREFER_NO_SCHEDULE));
    assertThat(VmPlacementPredicate.of(vm("c", 1, "10%", "1Gi"), Optional.empty()).matches(soft)).isTrue();
    Node noExec = tainted(node("ne", "4", "16Gi"), Taint.of("x", "y", TaintEffect.NO_EXECUTE));
    assertThat(VmPlacementPredicate.of(vm("c", 1, "10%", "1Gi"), Optional.empty()).test(noExec).reason())
        .contains("taint x=y:NoExecute is not tolerated by the VM's own tolerations");
  }

  @Test
  void itIgnoresWhatOnlyTheSchedulerChecks() {
    Node bare = Node.builder().metadata(ObjectMeta.builder().name("bare").build()).build();
    Node cordoned = Fixtures.cordoned(node("c", "1", "1Gi"));
    VmPlacementPredicate p = VmPlacementPredicate.of(vm("big", 64, "100%", "512Gi"),
        Optional.of(Fixtures.generic()));
    // No virt-handler label, no Nehalem label, no resources, cordoned: still a match.
    assertThat(p.matches(bare)).isTrue();
    assertThat(p.matches(cordoned)).isTrue();
  }

  @Test
  void edgeCases_emptyTermMatchesNothingAndMalformedOperatorIsAnError() {
    VirtualMachine empty = vm("e", 1, "10%", "1Gi", "affinity:", "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:", "      nodeSelectorTerms:", "        - {}");
    assertThat(VmPlacementPredicate.of(empty, Optional.empty()).matches(node("n", "1", "1Gi"))).isFalse();
    VirtualMachine bad = vm("b", 1, "10%", "1Gi", "affinity:", "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:", "      nodeSelectorTerms:",
        "        - matchExpressions:", "            - {key: disktype, operator: Like, values: [ssd]}");
    NodeMatch m = VmPlacementPredicate.of(bad, Optional.empty()).test(node("n", "1", "1Gi", "disktype=ssd"));
    assertThat(m.error()).isTrue();
    assertThat(m.code()).contains(NodeMatch.NODE_AFFINITY);
    assertThat(m.reason()).contains("\"Like\" is not a valid node selector operator");
    VirtualMachine fields = vm("f", 1, "10%", "1Gi", "affinity:", "  nodeAffinity:",
        "    requiredDuringSchedulingIgnoredDuringExecution:", "      nodeSelectorTerms:",
        "        - matchFields:", "            - {key: metadata.name, operator: In, values: [n2]}");
    VmPlacementPredicate byName = VmPlacementPredicate.of(fields, Optional.empty());
    assertThat(byName.matches(node("n2", "1", "1Gi"))).isTrue();
    assertThat(byName.matches(node("n1", "1", "1Gi"))).isFalse();
  }

  /** With a class, the predicate is exactly "matches without the class" AND "the class selector holds". */
  @Test
  void property_classSelectorIsAndedWithTheVmsConstraints() {
    String[] values = {"a", "b", "c"};
    qt().withExamples(300).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      VirtualMachine vm = vm("p", 1, "10%", "1Gi", "nodeSelector:", "  k1: " + values[r.nextInt(3)]);
      VirtualMachineClass cls = classWith("nodeSelector:", "  matchLabels:", "    k2: " + values[r.nextInt(3)],
          "  matchExpressions:", "    - {key: k3, operator: NotIn, values: [" + values[r.nextInt(3)] + "]}");
      List<String> labels = new ArrayList<>();
      for (String k : new String[] {"k1", "k2", "k3"}) {
        if (r.nextInt(4) > 0) {
          labels.add(k + "=" + values[r.nextInt(3)]);
        }
      }
      Node n = node("n", "1", "1Gi", labels.toArray(String[]::new));
      boolean classHolds = cls.spec().nodeSelector().orElseThrow().matches(n.labels());
      assertThat(VmPlacementPredicate.of(vm, Optional.of(cls)).matches(n))
          .isEqualTo(VmPlacementPredicate.of(vm, Optional.empty()).matches(n) && classHolds);
    });
  }
}
