package dev.dvp.placement;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Places a batch of pods (VMs) on an inventory, honouring every hard constraint, including affinity, anti-affinity
 * and spread among pods of the same batch.
 *
 * <ul>
 *   <li>{@link #sequential} is kube-scheduler's behaviour: one pod at a time in the given order, each to the node
 *       its cycle chooses (C.3's "scheduler" mode).</li>
 *   <li>{@link #plan} optimises: it maximises the number placed first and the total score second. If the
 *       scheduler order leaves pods unplaced, it also binds a hardest-first order (fewest statically feasible nodes,
 *       then largest requests), each with kube-scheduler's node choice and with a packing choice (the fullest
 *       feasible node, which leaves room for big pods), then repeatedly moves the pods left unplaced to the front
 *       (squeaky-wheel reordering) and keeps a round when it places more, or as many with a higher total score. Batches
 *       of up to 500 pods also get 40 random restarts (shuffled orders drawn from the generator). Every round is a valid binding order, so the result never
 *       violates a hard constraint; because the scheduler order is one of the rounds, it never places fewer pods
 *       than {@link #sequential} with the same generator.</li>
 * </ul>
 *
 * <p>Deterministic for a given generator seed (the generator breaks score ties). Thread-safe apart from the
 * generator.
 */
public final class Planner {
  /** Reordering rounds after the two starting orders. */
  static final int REPAIR_ROUNDS = 6;
  /** Batches up to this size also get {@link #RESTARTS} shuffled rounds. */
  static final int SMALL_BATCH = 500;
  static final int RESTARTS = 40;

  private final PlacementOptions options;

  private Planner(PlacementOptions options) {
    this.options = options;
  }

  /**
   * Returns a planner.
   *
   * @param options the options
   * @return the planner
   */
  public static Planner of(PlacementOptions options) {
    return new Planner(Objects.requireNonNull(options, "options: expected PlacementOptions"));
  }

  /**
   * Renders VMs into launcher pods with their classes (looked up by {@code spec.virtualMachineClassName}).
   *
   * @param inventory the inventory (for Discovery classes)
   * @param vms the VMs
   * @param classes classes by name; a VM whose class is missing is rendered without one
   * @return the pods, in the VMs' order
   */
  public List<Pod> launcherPods(Inventory inventory, List<VirtualMachine> vms, Map<String, VirtualMachineClass> classes) {
    List<Pod> pods = new ArrayList<>(vms.size());
    for (VirtualMachine vm : vms) {
      Optional<VirtualMachineClass> cls = vm.spec().virtualMachineClassName().map(classes::get);
      pods.add(LauncherPod.of(vm).vmClass(cls).discoveryNodes(inventory.nodes()).options(options).render());
    }
    return pods;
  }

  /**
   * Places pods one at a time in the given order, as kube-scheduler would.
   *
   * @param inventory the cluster
   * @param pods the pods in queue order
   * @param tieBreak the tie-break
   * @return the plan
   */
  public Plan sequential(Inventory inventory, List<Pod> pods, TieBreak tieBreak) {
    checkUnique(pods);
    Round r = round(inventory, pods, tieBreak, false);
    return r.toPlan(inventory, "scheduler order");
  }

  /**
   * Finds a plan that places as many pods as it can, then maximises the total score.
   *
   * @param inventory the cluster
   * @param pods the pods (their order is the scheduler order the search starts from)
   * @param random the generator for score ties; seed it for reproducible plans
   * @return the best plan found
   */
  public Plan plan(Inventory inventory, List<Pod> pods, RandomGenerator random) {
    Objects.requireNonNull(random, "random: expected a RandomGenerator");
    checkUnique(pods);
    TieBreak tie = TieBreak.random(random);
    Round best = round(inventory, pods, tie, false);
    int rounds = 1;
    if (!best.unplaced.isEmpty()) {
      List<Pod> hardest = hardestFirst(inventory, pods);
      for (boolean pack : new boolean[] {false, true}) {
        best = better(round(inventory, hardest, tie, pack), best);
        rounds++;
      }
      best = better(round(inventory, pods, tie, true), best);
      rounds++;
      // Small batches are cheap to re-bind: random restarts (shuffled orders, packing choice) from the generator.
      for (int k = 0; pods.size() <= SMALL_BATCH && k < RESTARTS && !best.unplaced.isEmpty(); k++) {
        List<Pod> shuffled = new ArrayList<>(pods);
        for (int i = shuffled.size() - 1; i > 0; i--) {
          java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        best = better(round(inventory, shuffled, tie, true), best);
        rounds++;
      }
      List<Pod> order = best.order;
      for (int k = 0; k < REPAIR_ROUNDS && !best.unplaced.isEmpty(); k++) {
        order = unplacedFirst(order, best.unplaced.keySet());
        Round next = round(inventory, order, tie, best.pack);
        rounds++;
        if (better(next, best) == next) {
          best = next;
        }
      }
    }
    return best.toPlan(inventory, rounds == 1 ? "scheduler order (all placed)" : "optimised (" + rounds + " rounds)");
  }

  private static void checkUnique(List<Pod> pods) {
    Set<String> seen = new HashSet<>();
    for (Pod p : pods) {
      if (!seen.add(p.key())) {
        throw new IllegalArgumentException("pods: expected each pod once, got " + p.key() + " twice");
      }
    }
  }

  private static Round better(Round a, Round b) {
    if (a.assignments.size() != b.assignments.size()) {
      return a.assignments.size() > b.assignments.size() ? a : b;
    }
    return a.total > b.total ? a : b;
  }

  private static List<Pod> unplacedFirst(List<Pod> order, Set<String> unplaced) {
    List<Pod> out = new ArrayList<>(order.size());
    for (Pod p : order) {
      if (unplaced.contains(p.key())) {
        out.add(p);
      }
    }
    for (Pod p : order) {
      if (!unplaced.contains(p.key())) {
        out.add(p);
      }
    }
    return out;
  }

  /** Fewest statically feasible nodes first, then the largest share of the biggest node's cpu or memory. */
  private List<Pod> hardestFirst(Inventory inventory, List<Pod> pods) {
    NodeTable nodes = inventory.nodes;
    long maxCpu = 1;
    long maxMem = 1;
    for (int i = 0; i < nodes.size(); i++) {
      maxCpu = Math.max(maxCpu, nodes.allocCpu[i]);
      maxMem = Math.max(maxMem, nodes.allocMem[i]);
    }
    Map<String, Integer> feasible = new LinkedHashMap<>();
    Map<String, Double> size = new LinkedHashMap<>();
    for (Pod p : pods) {
      StaticChecks s = StaticChecks.of(nodes, p, options.taintComparisonOperators());
      int count = 0;
      for (byte c : s.code) {
        if (c == StaticChecks.PASS) {
          count++;
        }
      }
      feasible.put(p.key(), count);
      size.put(p.key(), Math.max((double) p.cpuMillis() / maxCpu, (double) p.memoryBytes() / maxMem));
    }
    List<Pod> out = new ArrayList<>(pods);
    out.sort(Comparator.<Pod>comparingInt(p -> feasible.get(p.key()))
        .thenComparing(p -> -size.get(p.key())));
    return out;
  }

  private Round round(Inventory inventory, List<Pod> order, TieBreak tie, boolean pack) {
    ClusterState state = inventory.state.copy();
    Round r = new Round(order, pack);
    for (Pod pod : order) {
      if (state.get(pod.key()) != null) {
        throw new IllegalArgumentException("pod " + pod.key() + ": already bound in the inventory. Maybe remove it"
            + " with Inventory.withoutPod first");
      }
      Cycle c = new Cycle(inventory, state, pod, options).run(tie, pack);
      if (c.chosen < 0) {
        r.unplaced.put(pod.key(), new Placement(c, inventory.snapshotId()));
        continue;
      }
      long score = c.totalOf(c.chosen);
      r.assignments.add(new Assignment(pod.key(), inventory.nodes.names[c.chosen], score));
      r.total += score;
      state.add(new PlacedPod(pod, c.chosen));
    }
    return r;
  }

  /** The outcome of binding one order. */
  private static final class Round {
    final List<Pod> order;
    final boolean pack;
    final List<Assignment> assignments = new ArrayList<>();
    final Map<String, Placement> unplaced = new LinkedHashMap<>();
    long total;

    Round(List<Pod> order, boolean pack) {
      this.order = order;
      this.pack = pack;
    }

    Plan toPlan(Inventory inventory, String strategy) {
      return new Plan(inventory.snapshotId(), strategy, assignments, unplaced, total);
    }
  }
}
