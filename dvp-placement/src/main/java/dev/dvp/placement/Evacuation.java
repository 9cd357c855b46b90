package dev.dvp.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Plans the evacuation of a node going into maintenance: the node is cordoned, each VM on it (a launcher pod with
 * {@link Pod#virtualMachine()}) gets a target node chosen by the {@link Planner} with the other VMs of the node as
 * one batch, and an Evict operation with {@code generateName: evacuation-}
 * ({@code images/virtualization-artifact/pkg/controller/evacuation/internal/handler/evacuation.go}); a VM that cannot
 * move says why.
 *
 * <pre>{@code
 * EvacuationPlan plan = Evacuation.of(options).plan(inventory, "worker-2", Map.of(), new SplittableRandom(1));
 * }</pre>
 *
 * <p>Other pods on the node (DaemonSets, ...) are not moved. Live-migration timing is dvp-migration-sim's business;
 * this only decides where. Thread-safe apart from the generator.
 */
public final class Evacuation {
  private final PlacementOptions options;

  private Evacuation(PlacementOptions options) {
    this.options = options;
  }

  /**
   * Returns an evacuation planner.
   *
   * @param options the options
   * @return the planner
   */
  public static Evacuation of(PlacementOptions options) {
    return new Evacuation(Objects.requireNonNull(options, "options: expected PlacementOptions"));
  }

  /**
   * Plans the evacuation of a node.
   *
   * @param inventory the cluster
   * @param node the node to drain
   * @param unmovable VMs that cannot live-migrate, by pod key, with the reason (e.g. local disks that are not
   *     storage-live-migratable)
   * @param random the generator for score ties
   * @return a move per VM on the node
   */
  public EvacuationPlan plan(Inventory inventory, String node, Map<String, String> unmovable, RandomGenerator random) {
    Inventory cordoned = inventory.withCordoned(node);
    List<Pod> leaving = new ArrayList<>();
    List<Move> stuck = new ArrayList<>();
    Inventory without = cordoned;
    for (Pod pod : inventory.podsOn(node)) {
      if (pod.virtualMachine().isEmpty()) {
        continue;
      }
      String reason = unmovable.get(pod.key());
      if (reason != null) {
        stuck.add(new Move(pod.key(), java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.of(reason)));
        continue;
      }
      leaving.add(pod);
      without = without.withoutPod(pod.key());
    }
    Plan plan = Planner.of(options).plan(without, leaving, random);
    List<Move> moves = new ArrayList<>();
    Map<String, Pod> byKey = new java.util.HashMap<>();
    leaving.forEach(p -> byKey.put(p.key(), p));
    for (Assignment a : plan.assignments()) {
      Pod p = byKey.get(a.pod());
      moves.add(new Move(a.pod(), java.util.Optional.of(a.node()), java.util.Optional.of(EvictOperations.evict(
          "evacuation-", p.virtualMachine().orElse(p.name()), p.namespace(), false)), java.util.Optional.empty()));
    }
    plan.unplaced().forEach((key, placement) -> moves.add(new Move(key, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.of(placement.summary()))));
    moves.addAll(stuck);
    return new EvacuationPlan(inventory.snapshotId(), node, moves);
  }
}
