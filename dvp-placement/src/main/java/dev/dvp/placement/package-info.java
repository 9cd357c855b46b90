/**
 * Where a DVP virtual machine may run and where kube-scheduler would put it, computed offline.
 *
 * <p>The Javadoc of each type cites the DVP ({@code deckhouse/virtualization}), KubeVirt or Kubernetes source it
 * reproduces.
 * <ul>
 *   <li>{@link dev.dvp.placement.LauncherPod} renders a VM and its class into the scheduling constraints of its
 *       virt-launcher pod ({@code images/virtualization-artifact/pkg/controller/kvbuilder/kvvm.go}), giving a
 *       {@link dev.dvp.placement.Pod}.</li>
 *   <li>{@link dev.dvp.placement.Inventory} is an immutable snapshot of nodes, namespaces and running pods/VMs.</li>
 *   <li>{@link dev.dvp.placement.Scheduler} places one pod as kube-scheduler's default profile would (Kubernetes
 *       {@code pkg/scheduler}), with
 *       a {@link dev.dvp.placement.Placement} that explains every node.</li>
 *   <li>{@link dev.dvp.placement.Planner} places a batch, maximising the number placed and then the score.</li>
 *   <li>{@link dev.dvp.placement.PlacementRecheck} decides what DVP does with a running VM whose placement changed;
 *       {@link dev.dvp.placement.Evacuation} finds targets for the VMs of a node going into maintenance.</li>
 *   <li>{@link dev.dvp.placement.VmPlacementPredicate} is DVP's own {@code MatchesVMPlacement}, which
 *       {@link dev.dvp.placement.DiskTopology} uses for the disk-topology admission check
 *       ({@code pv_node_affinity_validator.go});
 *       {@link dev.dvp.placement.ClassNodes} computes a class's {@code status.availableNodes} and
 *       {@code maxAllocatableResources}
 *       ({@code images/virtualization-artifact/pkg/controller/vmclass/internal/discovery.go}).
 *       Admission validation of affinity and topology spread lives in
 *       {@code dev.dvp.admission}.</li>
 * </ul>
 *
 * <p>Not modelled: priority and preemption (the result names the nodes that failed only with {@code Unschedulable}, the
 * preemption candidates), NodePorts, volume plugins (PersistentVolume node affinity is folded into the pod by
 * {@link dev.dvp.placement.LauncherPod}), ImageLocality (0 for every node), DRA, and node sampling
 * ({@code percentageOfNodesToScore}: the SDK evaluates every node, the real scheduler may stop after a part of a large
 * cluster and so choose a different node).
 */
@ModelStyle
package dev.dvp.placement;

import dev.dvp.model.ModelStyle;
