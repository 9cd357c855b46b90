package dev.dvp.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.Node;
import dev.dvp.model.NodeAffinity;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.NodeSelectorRequirement;
import dev.dvp.model.NodeSelectorTerm;
import dev.dvp.model.Taint;
import dev.dvp.model.Toleration;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineAffinity;
import dev.dvp.model.VirtualMachineClass;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's own node predicate {@code MatchesVMPlacement} ({@code images/virtualization-artifact/pkg/common/nodeaffinity/nodeaffinity.go}):
 * a node matches iff
 * <ol>
 *   <li>the VM's {@code spec.nodeSelector} is a subset of the node's labels;</li>
 *   <li>the VM's required node affinity matches (terms ORed; an empty term matches nothing; a malformed operator is
 *       an error);</li>
 *   <li>the class's {@code nodeSelector.matchLabels} are a subset of the node's labels;</li>
 *   <li>the class's {@code nodeSelector.matchExpressions} match as one ANDed term;</li>
 *   <li>every node taint with effect NoSchedule or NoExecute is tolerated by the <em>VM's own</em> tolerations.</li>
 * </ol>
 *
 * <p>It is deliberately not the launcher pod's constraints ({@link LauncherPod}): class tolerations are ignored;
 * VM and class selectors are ANDed (the pod lets the class override a shared key, see {@link LauncherPod}); CPU labels,
 * virt-handler presence, resources, cordons and inter-pod rules are not checked. DVP uses it in the disk-topology
 * admission check ({@link DiskTopology}), so a VM whose only suitable nodes carry taints just the class tolerates is
 * denied there.
 *
 * <pre>{@code
 * VmPlacementPredicate p = VmPlacementPredicate.of(vm, Optional.of(vmClass));
 * NodeMatch m = p.test(node);   // m.code(): "nodeSelector", m.reason(): "VM nodeSelector disktype=ssd: node has ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class VmPlacementPredicate {
  private final Map<String, String> vmSelector;
  private final Optional<NodeSelector> vmRequired;
  private final Map<String, String> classLabels;
  private final List<NodeSelectorRequirement> classExpressions;
  private final List<Toleration> vmTolerations;
  private final boolean classTolerates;

  private VmPlacementPredicate(VmPlacementPredicate base, List<Toleration> tolerations) {
    this.vmSelector = base.vmSelector;
    this.vmRequired = base.vmRequired;
    this.classLabels = base.classLabels;
    this.classExpressions = base.classExpressions;
    this.vmTolerations = List.copyOf(tolerations);
    this.classTolerates = false;
  }

  private VmPlacementPredicate(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    this.vmSelector = Map.copyOf(vm.spec().nodeSelector());
    this.vmRequired = vm.spec().affinity().flatMap(VirtualMachineAffinity::nodeAffinity)
        .flatMap(NodeAffinity::requiredDuringSchedulingIgnoredDuringExecution);
    Optional<LabelSelector> cs = vmClass.flatMap(c -> c.spec().nodeSelector());
    this.classLabels = cs.map(LabelSelector::matchLabels).map(Map::copyOf).orElse(Map.of());
    this.classExpressions = cs.map(s -> s.matchExpressions().stream().map(LauncherPod::asNodeRequirement).toList())
        .orElse(List.of());
    this.vmTolerations = List.copyOf(vm.spec().tolerations());
    this.classTolerates = vmClass.map(c -> !c.spec().tolerations().isEmpty()).orElse(false);
  }

  /**
   * Returns the predicate for a VM and its class.
   *
   * @param vm the VM
   * @param vmClass its class, or empty when it has none (conditions 3 and 4 then pass)
   * @return the predicate
   */
  public static VmPlacementPredicate of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    Objects.requireNonNull(vm, "vm: expected a VirtualMachine");
    Objects.requireNonNull(vmClass, "vmClass: expected an Optional");
    return new VmPlacementPredicate(vm, vmClass);
  }

  /**
   * Tests one node.
   *
   * @param node the node
   * @return whether it matches, with the first failing condition
   */
  public NodeMatch test(Node node) {
    Objects.requireNonNull(node, "node: expected a Node");
    Map<String, String> labels = node.labels();
    String name = node.name();
    Optional<String> selector = firstMissing(vmSelector, labels);
    if (selector.isPresent()) {
      return miss(name, NodeMatch.NODE_SELECTOR, "VM nodeSelector " + selector.get(), false);
    }
    if (vmRequired.isPresent()) {
      Optional<String> malformed = malformedOperator(vmRequired.get().nodeSelectorTerms());
      if (malformed.isPresent()) {
        return miss(name, NodeMatch.NODE_AFFINITY, malformed.get(), true);
      }
      if (!vmRequired.get().matches(labels, name)) {
        return miss(name, NodeMatch.NODE_AFFINITY, "the node matches none of the VM's required nodeAffinity terms",
            false);
      }
    }
    Optional<String> classSelector = firstMissing(classLabels, labels);
    if (classSelector.isPresent()) {
      return miss(name, NodeMatch.CLASS_MATCH_LABELS, "class nodeSelector.matchLabels " + classSelector.get(),
          false);
    }
    for (NodeSelectorRequirement r : classExpressions) {
      if (!r.matches(labels.get(r.key()))) {
        return miss(name, NodeMatch.CLASS_MATCH_EXPRESSIONS, "class nodeSelector.matchExpressions " + r.key() + " "
            + r.operator().value() + " " + r.values() + " does not hold for the node", false);
      }
    }
    for (Taint taint : node.spec().taints()) {
      if (Tolerations.filters(taint) && !Tolerations.anyTolerates(vmTolerations, taint, false)) {
        return miss(name, NodeMatch.TAINT_NOT_TOLERATED, "taint " + taint.key()
            + taint.value().map(v -> "=" + v).orElse("") + ":" + taint.effect().value()
            + " is not tolerated by the VM's own tolerations"
            + (classTolerates ? " (class tolerations are not considered)" : ""), false);
      }
    }
    return new NodeMatch(name, true, Optional.empty(), Optional.empty(), false);
  }

  /**
   * Tells whether a node matches.
   *
   * @param node the node
   * @return {@code test(node).matches()}
   */
  public boolean matches(Node node) {
    return test(node).matches();
  }

  /** The same predicate with the class's tolerations added, to say what ignoring them cost (never DVP's verdict). */
  VmPlacementPredicate withClassTolerations(Optional<VirtualMachineClass> vmClass) {
    List<Toleration> all = new java.util.ArrayList<>(vmTolerations);
    vmClass.ifPresent(c -> all.addAll(c.spec().tolerations()));
    return new VmPlacementPredicate(this, all);
  }

  private static NodeMatch miss(String node, String code, String reason, boolean error) {
    return new NodeMatch(node, false, Optional.of(code), Optional.of(reason), error);
  }

  private static Optional<String> firstMissing(Map<String, String> wanted, Map<String, String> labels) {
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(wanted).entrySet()) {
      String actual = labels.get(e.getKey());
      if (!e.getValue().equals(actual)) {
        return Optional.of(e.getKey() + "=" + e.getValue() + ": node has "
            + (actual == null ? "no such label" : e.getKey() + "=" + actual));
      }
    }
    return Optional.empty();
  }

  /** component-helpers' nodeaffinity rejects an unknown operator with this error before matching anything. */
  private static Optional<String> malformedOperator(List<NodeSelectorTerm> terms) {
    for (NodeSelectorTerm t : terms) {
      for (NodeSelectorRequirement r : t.matchExpressions()) {
        if (!r.operator().isKnown()) {
          return Optional.of("\"" + r.operator().value() + "\" is not a valid node selector operator");
        }
      }
    }
    return Optional.empty();
  }
}
