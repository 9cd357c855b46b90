package dev.dvp.placement;

import dev.dvp.model.ClassCpu;
import dev.dvp.model.CpuFeatures;
import dev.dvp.model.CpuType;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.Node;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.Quantity;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineClassStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A class's {@code status.availableNodes} and {@code status.maxAllocatableResources} as DVP's class controller
 * computes them from the class and the nodes
 * ({@code images/virtualization-artifact/pkg/controller/vmclass/internal/discovery.go}):
 * <ol>
 *   <li>the virt-handler nodes ({@code kubevirt.internal.virtualization.deckhouse.io/schedulable=true});</li>
 *   <li>filtered by CPU type: {@code Model} needs {@code cpu-model.node.virtualization.deckhouse.io/<model>=true};
 *       {@code Features} needs {@code cpu-feature.node.virtualization.deckhouse.io/<f>=true} for every
 *       {@code spec.cpu.features}; {@code Discovery} the same for every discovered feature
 *       ({@code status.cpuFeatures.enabled}, or, while that is empty, the intersection over the discovery pool, as
 *       {@link LauncherPod} computes it); {@code Host} and {@code HostPassthrough} no CPU filter;</li>
 *   <li>then by the class {@code nodeSelector} ({@code matchLabels} and {@code matchExpressions}, including
 *       {@code Gt}/{@code Lt}).</li>
 * </ol>
 * {@code maxAllocatableResources} is the <em>largest allocatable</em> {@code cpu} and {@code memory} over those nodes,
 * per resource, zero values skipped (a resource no node reports non-zero is absent).
 *
 * <p>Follows the code where the CRD disagrees: the list is filled for {@code Host} and {@code HostPassthrough} too
 * (the CRD says it is not displayed for them), and the resources are the largest node <em>allocatable</em>, not the
 * "free" resources the CRD describes. The list is informational: the scheduler does not enforce it. Cordons, taints
 * and pods are not considered, as in DVP.
 *
 * <pre>{@code
 * ClassNodes c = ClassNodes.of(generic, inventory);
 * c.availableNodes();            // [worker-1, worker-2]
 * c.maxAllocatableResources();   // {cpu=8, memory=32Gi}
 * }</pre>
 *
 * @param availableNodes the node names, in name order
 * @param maxAllocatableResources {@code cpu} and/or {@code memory} to the largest allocatable quantity, as the node
 *     reported it
 */
public record ClassNodes(List<String> availableNodes, Map<String, Quantity> maxAllocatableResources) {
  private static final List<String> RESOURCES = List.of("cpu", "memory");

  /** Copies the list and map. */
  public ClassNodes {
    availableNodes = List.copyOf(availableNodes);
    maxAllocatableResources = Collections.unmodifiableMap(new TreeMap<>(maxAllocatableResources));
  }

  /**
   * Computes the status fields of a class over an inventory's nodes.
   *
   * @param vmClass the class
   * @param inventory the cluster; only its nodes are read
   * @return the available nodes and their largest allocatable resources
   */
  public static ClassNodes of(VirtualMachineClass vmClass, Inventory inventory) {
    Objects.requireNonNull(vmClass, "vmClass: expected a VirtualMachineClass");
    Objects.requireNonNull(inventory, "inventory: expected an Inventory");
    List<Node> nodes = inventory.nodes();
    List<String> required = cpuLabels(vmClass, nodes);
    java.util.Optional<LabelSelector> selector = vmClass.spec().nodeSelector();
    Map<String, String> matchLabels = selector.map(LabelSelector::matchLabels).orElse(Map.of());
    List<NodeSelectorRequirement> expressions = selector
        .map(s -> s.matchExpressions().stream().map(LauncherPod::asNodeRequirement).toList()).orElse(List.of());
    List<String> names = new ArrayList<>();
    Map<String, Quantity> max = new TreeMap<>();
    for (Node node : nodes) {
      Map<String, String> labels = node.labels();
      if (!"true".equals(labels.get(LauncherPod.SCHEDULABLE_LABEL))
          || !required.stream().allMatch(l -> "true".equals(labels.get(l)))
          || !matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))
          || !expressions.stream().allMatch(r -> r.matches(labels.get(r.key())))) {
        continue;
      }
      names.add(node.name());
      for (String resource : RESOURCES) {
        Quantity q = node.allocatable().get(resource);
        if (q != null && !q.isZero()) {
          max.merge(resource, q, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
      }
    }
    return new ClassNodes(names, max);
  }

  /** The labels (all {@code =true}) the class's CPU type requires of a node. */
  private static List<String> cpuLabels(VirtualMachineClass vmClass, List<Node> nodes) {
    ClassCpu cpu = vmClass.spec().cpu();
    CpuType type = cpu.type();
    if (type.equals(CpuType.MODEL)) {
      return cpu.model().map(m -> List.of(LauncherPod.CPU_MODEL_PREFIX + m)).orElse(List.of());
    }
    List<String> features;
    if (type.equals(CpuType.FEATURES)) {
      features = cpu.features();
    } else if (type.equals(CpuType.DISCOVERY)) {
      features = vmClass.status().flatMap(VirtualMachineClassStatus::cpuFeatures).map(CpuFeatures::enabled)
          .filter(l -> !l.isEmpty()).orElseGet(() -> LauncherPod.discoveredFeatures(cpu, nodes));
    } else {
      features = List.of();
    }
    return features.stream().map(f -> LauncherPod.CPU_FEATURE_PREFIX + f).toList();
  }
}
