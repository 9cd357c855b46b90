package dev.dvp.placement;

import dev.dvp.model.Node;
import dev.dvp.model.NodeSelector;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's disk-topology admission check for a VM whose disks are bound to nodes by PersistentVolume node affinity
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/validators/pv_node_affinity_validator.go} with
 * {@code MatchesVMPlacement} of {@code images/virtualization-artifact/pkg/common/nodeaffinity/nodeaffinity.go}, also
 * used for VMBDA):
 * <ul>
 *   <li>a VM not yet scheduled (on create, or when its block devices change) is admitted only if at least one node
 *       satisfies {@link VmPlacementPredicate} <em>and</em> the required node affinity of every bound PV;</li>
 *   <li>for a running VM every newly added disk must be available on the node it runs on.</li>
 * </ul>
 *
 * <p>Because {@code MatchesVMPlacement} ignores class tolerations, a VM whose only suitable nodes carry taints that
 * just the class tolerates is denied here although its launcher pod would schedule; the verdict's notes say so.
 * A disk without PV node affinity is available everywhere and need not be declared.
 *
 * <pre>{@code
 * DiskTopologyVerdict v = DiskTopology.of(vm, Optional.of(vmClass))
 *     .withDisk("data", pv.spec().nodeAffinity().required())
 *     .checkUnscheduled(inventory.nodes(), true);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #withDisk} returns a new instance.
 */
public final class DiskTopology {
  private final VirtualMachine vm;
  private final Optional<VirtualMachineClass> vmClass;
  private final Map<String, NodeSelector> disks;

  private DiskTopology(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, Map<String, NodeSelector> disks) {
    this.vm = vm;
    this.vmClass = vmClass;
    this.disks = disks;
  }

  /**
   * Starts a check for a VM and its class, with no node-bound disks yet.
   *
   * @param vm the VM (its new spec on update)
   * @param vmClass its class, if known
   * @return the check
   */
  public static DiskTopology of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    Objects.requireNonNull(vm, "vm: expected a VirtualMachine");
    Objects.requireNonNull(vmClass, "vmClass: expected an Optional");
    return new DiskTopology(vm, vmClass, Map.of());
  }

  /**
   * Returns a check that also knows one disk bound to nodes by its PV.
   *
   * @param name the disk's name (as in {@code spec.blockDeviceRefs})
   * @param persistentVolumeRequired the bound PV's {@code spec.nodeAffinity.required}
   * @return a new check
   * @throws IllegalArgumentException when the disk was already given
   */
  public DiskTopology withDisk(String name, NodeSelector persistentVolumeRequired) {
    Objects.requireNonNull(name, "name: expected a disk name");
    Objects.requireNonNull(persistentVolumeRequired, "persistentVolumeRequired: expected a NodeSelector");
    if (disks.containsKey(name)) {
      throw new IllegalArgumentException("disk \"" + name + "\": expected each disk once, got it twice. Maybe"
          + " combine the node affinities of one PV into one NodeSelector");
    }
    Map<String, NodeSelector> next = new LinkedHashMap<>(disks);
    next.put(name, persistentVolumeRequired);
    return new DiskTopology(vm, vmClass, java.util.Collections.unmodifiableMap(next));
  }

  /**
   * Checks a VM that is not scheduled yet.
   *
   * @param nodes the cluster's nodes
   * @param create {@code true} for CREATE, {@code false} for UPDATE (the message says "create" or "update")
   * @return the verdict; the nodes that qualify when allowed
   */
  public DiskTopologyVerdict checkUnscheduled(Collection<Node> nodes, boolean create) {
    VmPlacementPredicate predicate = VmPlacementPredicate.of(vm, vmClass);
    List<String> fit = qualifying(nodes, predicate);
    if (!fit.isEmpty()) {
      return new DiskTopologyVerdict(true, Optional.empty(), fit, List.of());
    }
    List<String> notes = new ArrayList<>();
    if (vmClass.map(c -> !c.spec().tolerations().isEmpty()).orElse(false)) {
      List<String> withClass = qualifying(nodes, predicate.withClassTolerations(vmClass));
      notes.add("class tolerations were not considered" + (withClass.isEmpty() ? ""
          : "; with them node(s) " + String.join(", ", withClass) + " would qualify"));
    }
    String message = "unable to " + (create ? "create" : "update") + " VM \"" + vm.name() + "\" due to a topology"
        + " conflict. Ensure that all disks are accessible on the nodes in accordance with the VM node placement"
        + " rules (node selector, affinity, tolerations)";
    return new DiskTopologyVerdict(false, Optional.of(message), List.of(), notes);
  }

  /**
   * Checks disks added to a running VM against the node it runs on.
   *
   * @param node the VM's node
   * @param addedDisks the names of the newly added disks; those not declared with {@link #withDisk} are available
   *     everywhere
   * @return the verdict; denied when some added disk's PV does not admit the node
   */
  public DiskTopologyVerdict checkOnNode(Node node, Collection<String> addedDisks) {
    Objects.requireNonNull(node, "node: expected a Node");
    List<String> missing = new ArrayList<>();
    for (String disk : addedDisks) {
      NodeSelector required = disks.get(disk);
      if (required != null && !required.matches(node.labels(), node.name())) {
        missing.add("\"" + disk + "\"");
      }
    }
    if (missing.isEmpty()) {
      return new DiskTopologyVerdict(true, Optional.empty(), List.of(node.name()), List.of());
    }
    String message = "unable to attach disks to VM \"" + vm.name() + "\": disks [" + String.join(", ", missing)
        + "] are not available on node \"" + node.name() + "\" where the VM is running";
    return new DiskTopologyVerdict(false, Optional.of(message), List.of(), List.of());
  }

  private List<String> qualifying(Collection<Node> nodes, VmPlacementPredicate predicate) {
    List<Node> sorted = new ArrayList<>(nodes);
    sorted.sort(Comparator.comparing(Node::name));
    List<String> out = new ArrayList<>();
    for (Node n : sorted) {
      if (predicate.matches(n) && disks.values().stream().allMatch(s -> s.matches(n.labels(), n.name()))) {
        out.add(n.name());
      }
    }
    return out;
  }
}
