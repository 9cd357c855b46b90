package dev.dvp.bench.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.Node;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.NodeSelectorOperator;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.NodeSpec;
import dev.dvp.model.NodeStatus;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.PreferredSchedulingTerm;
import dev.dvp.model.Quantity;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.VirtualMachineAndPodAffinityTerm;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.LauncherPod;
import dev.dvp.placement.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Synthetic clusters and VM launcher pods for the placement benchmarks, all from a seed. */
final class Clusters {
  private Clusters() {}

  /** Nodes with zone/rack/disktype labels, 10% tainted (dedicated=db:NoSchedule), all virt-handler nodes. */
  static List<Node> nodes(int count, int cpuCores, String memory, SplittableRandom r) {
    List<Node> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = String.format("node-%05d", i);
      ObjectMeta meta = ObjectMeta.builder().name(name)
          .putLabel("kubernetes.io/hostname", name)
          .putLabel("kubernetes.io/arch", "amd64")
          .putLabel(LauncherPod.SCHEDULABLE_LABEL, "true")
          .putLabel("topology.kubernetes.io/zone", "zone-" + (i % 3))
          .putLabel("rack", "rack-" + (i % 50))
          .putLabel("disktype", r.nextInt(4) == 0 ? "hdd" : "ssd")
          .build();
      var spec = NodeSpec.builder();
      if (r.nextInt(10) == 0) {
        spec.addTaints(Taint.of("dedicated", "db", TaintEffect.NO_SCHEDULE));
      }
      out.add(Node.builder().metadata(meta).spec(spec.build())
          .status(NodeStatus.builder().putAllocatable("cpu", Quantity.parse(String.valueOf(cpuCores)))
              .putAllocatable("memory", Quantity.parse(memory)).putAllocatable("pods", Quantity.parse("110")).build())
          .build());
    }
    return out;
  }

  /** A VM launcher pod of {@code cores} at {@code percent}% with 1-8Gi, labelled app=group-g. */
  static Pod vm(String name, int group, int cores, int percent, long memoryGi) {
    return Pod.builder().name(name).namespace("default").virtualMachine(name)
        .putLabel("app", "group-" + group)
        .putNodeSelector(LauncherPod.SCHEDULABLE_LABEL, "true")
        .putNodeSelector("kubernetes.io/arch", "amd64")
        .cpuMillis(cores * 10L * percent).memoryBytes(memoryGi << 30).build();
  }

  static NodeSelectorTerm term(String key, NodeSelectorOperator op, String... values) {
    return NodeSelectorTerm.builder().addMatchExpressions(NodeSelectorRequirement.builder().key(key).operator(op)
        .addValues(values).build()).build();
  }

  /** nodeSelector disktype=ssd, required zone In [zone-0, zone-1], preferred rack NotIn [rack-0]. */
  static Pod withNodeAffinity(Pod p) {
    return p.withNodeSelector(Map.of(LauncherPod.SCHEDULABLE_LABEL, "true", "kubernetes.io/arch", "amd64",
            "disktype", "ssd"))
        .withRequiredNodeAffinity(NodeSelector.builder().addNodeSelectorTerms(
            term("topology.kubernetes.io/zone", NodeSelectorOperator.IN, "zone-0", "zone-1")).build())
        .withPreferredNodeAffinity(PreferredSchedulingTerm.builder().weight(10)
            .preference(term("rack", NodeSelectorOperator.NOT_IN, "rack-0")).build());
  }

  static VirtualMachineAndPodAffinityTerm hostTerm(String app) {
    return VirtualMachineAndPodAffinityTerm.builder().labelSelector(LabelSelector.ofLabels(Map.of("app", app)))
        .topologyKey("kubernetes.io/hostname").build();
  }

  /** The inventory: {@code perNode} running VMs (1-4 cores at 10-50%) on each node, in 100 app groups. */
  static Inventory inventory(int nodeCount, int perNode, boolean runningAntiAffinity, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Node> nodes = nodes(nodeCount, 64, "256Gi", r);
    Inventory.Builder b = Inventory.builder().addNodes(nodes);
    int k = 0;
    for (Node n : nodes) {
      for (int j = 0; j < perNode; j++) {
        int group = r.nextInt(100);
        Pod p = vm("running-" + k++, group, 1 + r.nextInt(4), 10 + 10 * r.nextInt(5), 1 + r.nextInt(4));
        if (runningAntiAffinity) {
          p = p.withRequiredAntiAffinity(hostTerm("group-" + group));
        }
        b.addPod(p, n.name());
      }
    }
    return b.build();
  }
}
