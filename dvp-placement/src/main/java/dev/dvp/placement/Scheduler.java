package dev.dvp.placement;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.Objects;
import java.util.Optional;

/**
 * Places one pod as kube-scheduler's default profile would (Kubernetes {@code pkg/scheduler/schedule_one.go} and the
 * plugins under {@code pkg/scheduler/framework/plugins/}): NodeUnschedulable, TaintToleration, NodeAffinity,
 * NodeResourcesFit, PodTopologySpread and InterPodAffinity filters in that order, then TaintToleration (3),
 * NodeAffinity (2), NodeResourcesFit LeastAllocated (1), PodTopologySpread (2), InterPodAffinity (2) and
 * NodeResourcesBalancedAllocation (1) scores; ImageLocality contributes 0.
 *
 * <pre>{@code
 * Scheduler scheduler = Scheduler.of(PlacementOptions.defaults());
 * Placement p = scheduler.schedule(inventory, vm, Optional.of(vmClass), TieBreak.byName());
 * }</pre>
 *
 * <p>Every node is evaluated (no {@code percentageOfNodesToScore} sampling): the static filters come from a cache per
 * constraint signature, the others run on the nodes that pass them, and only totals are kept; the returned
 * {@link Placement} recomputes per-node scores and rejections when first asked. Thread-safe: a scheduler holds only
 * its options and each thread works in its own scratch arrays; concurrent calls on one inventory are safe (a random
 * {@link TieBreak} is as safe as its generator).
 */
public final class Scheduler {
  private final PlacementOptions options;

  private Scheduler(PlacementOptions options) {
    this.options = options;
  }

  /**
   * Returns a scheduler with these options.
   *
   * @param options the options
   * @return the scheduler
   */
  public static Scheduler of(PlacementOptions options) {
    return new Scheduler(Objects.requireNonNull(options, "options: expected PlacementOptions"));
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public PlacementOptions options() {
    return options;
  }

  /**
   * Schedules a VM: renders its launcher pod ({@link LauncherPod}, with the inventory's nodes for Discovery classes)
   * and schedules that.
   *
   * @param inventory the cluster snapshot
   * @param vm the VM to place (a VM already in the inventory is not counted against itself only if removed first,
   *     see {@link Inventory#withoutPod(String)})
   * @param vmClass the VM's class, if any
   * @param tieBreak how to choose among equal maxima
   * @return the placement
   */
  public Placement schedule(Inventory inventory, VirtualMachine vm, Optional<VirtualMachineClass> vmClass,
      TieBreak tieBreak) {
    Pod pod = LauncherPod.of(vm).vmClass(vmClass).discoveryNodes(inventory.nodes()).options(options).render();
    return schedule(inventory, pod, tieBreak);
  }

  /**
   * Schedules a pod.
   *
   * @param inventory the cluster snapshot
   * @param pod the pod
   * @param tieBreak how to choose among equal maxima
   * @return the placement
   */
  public Placement schedule(Inventory inventory, Pod pod, TieBreak tieBreak) {
    Objects.requireNonNull(inventory, "inventory: expected an Inventory");
    Objects.requireNonNull(pod, "pod: expected a Pod");
    Objects.requireNonNull(tieBreak, "tieBreak: expected a TieBreak");
    Cycle cycle = Cycle.lean(inventory, pod, options).run(tieBreak);
    return new Placement(cycle, inventory.snapshotId());
  }
}
