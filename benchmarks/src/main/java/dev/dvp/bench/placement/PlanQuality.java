package dev.dvp.bench.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.Node;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.NodeScore;
import dev.dvp.placement.Placement;
import dev.dvp.placement.PlacementOptions;
import dev.dvp.placement.Plan;
import dev.dvp.placement.Planner;
import dev.dvp.placement.Pod;
import dev.dvp.placement.Scheduler;
import dev.dvp.placement.TieBreak;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plan quality, not speed: (1) on small random instances, the planner's count placed against the exact optimum
 * found by branch and bound; (2) on large ones, against first-fit-decreasing with the same filters.
 *
 * <p>The exact solver is a branch and bound written here: OR-Tools is not among the project's allowed dependencies.
 * It handles the constraints whose satisfaction does not depend on binding order (static filters: node selector,
 * taints; cpu, memory and pod capacity; required anti-affinity on hostname, both directions), which is what the
 * small instances use.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.dvp.bench.placement.PlanQuality}.
 */
public final class PlanQuality {
  private PlanQuality() {}

  /**
   * Prints the comparison.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    small(500);
    large();
  }

  private static void small(int instances) {
    Planner planner = Planner.of(PlacementOptions.defaults());
    long planned = 0;
    long optimal = 0;
    long greedy = 0;
    int worse = 0;
    for (int seed = 0; seed < instances; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<Node> nodes = new ArrayList<>();
      int n = 2 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Node node = Clusters.nodes(1, 1 + r.nextInt(4), (2 + r.nextInt(6)) + "Gi", r).get(0)
            .withMetadata(dev.dvp.model.ObjectMeta.builder().name("n" + i).putLabel("kubernetes.io/hostname", "n" + i)
                .putLabel("disktype", r.nextBoolean() ? "ssd" : "hdd")
                .putLabel(dev.dvp.placement.LauncherPod.SCHEDULABLE_LABEL, "true")
                .putLabel("kubernetes.io/arch", "amd64").build());
        if (r.nextInt(5) == 0) {
          node = node.withSpec(dev.dvp.model.NodeSpec.builder().addTaints(Taint.of("dedicated", "x",
              TaintEffect.NO_SCHEDULE)).build());
        }
        nodes.add(node);
      }
      Inventory inv = Inventory.builder().addNodes(nodes).build();
      List<Pod> pods = new ArrayList<>();
      int count = 3 + r.nextInt(7);
      for (int i = 0; i < count; i++) {
        int group = r.nextInt(3);
        Pod p = Clusters.vm("vm" + i, group, 1 + r.nextInt(3), 10 * (1 + r.nextInt(10)), 1 + r.nextInt(3));
        if (r.nextInt(3) == 0) {
          p = p.withRequiredAntiAffinity(Clusters.hostTerm("group-" + group));
        }
        if (r.nextInt(4) == 0) {
          p = p.withNodeSelector(Map.of(dev.dvp.placement.LauncherPod.SCHEDULABLE_LABEL, "true",
              "kubernetes.io/arch", "amd64", "disktype", "ssd"));
        }
        pods.add(p);
      }
      Plan plan = planner.plan(inv, pods, new SplittableRandom(seed));
      Plan seq = planner.sequential(inv, pods, TieBreak.random(new SplittableRandom(seed)));
      int best = new BranchAndBound(inv, pods).solve();
      planned += plan.placedCount();
      greedy += seq.placedCount();
      optimal += best;
      if (plan.placedCount() < best) {
        worse++;
      }
      if (plan.placedCount() > best) {
        throw new IllegalStateException("seed " + seed + ": plan beats the exact optimum, the solver is wrong");
      }
    }
    System.out.printf("small: %d instances, optimum %d placed, plan %d (%.2f%%), scheduler order %d (%.2f%%),"
        + " plan below optimum on %d instances%n", instances, optimal, planned, 100.0 * planned / optimal, greedy,
        100.0 * greedy / optimal, worse);
  }

  private static void large() {
    SplittableRandom r = new SplittableRandom(7);
    List<Node> nodes = Clusters.nodes(300, 16, "48Gi", r);
    Inventory inv = Inventory.builder().addNodes(nodes).build();
    List<Pod> pods = PlanBenchmark.batch(r).subList(0, 3000);
    Planner planner = Planner.of(PlacementOptions.defaults());
    long t0 = System.nanoTime();
    Plan plan = planner.plan(inv, pods, new SplittableRandom(1));
    long t1 = System.nanoTime();
    // First-fit decreasing: largest (cpu share + memory share) first, the first feasible node in name order.
    List<Pod> sorted = new ArrayList<>(pods);
    sorted.sort(Comparator.comparingDouble((Pod p) -> p.cpuMillis() / 16000.0 + p.memoryBytes() / (48.0 * (1L << 30)))
        .reversed());
    Scheduler scheduler = Scheduler.of(PlacementOptions.defaults());
    Inventory state = inv;
    int ffd = 0;
    for (Pod p : sorted) {
      Placement pl = scheduler.schedule(state, p, TieBreak.byName());
      List<NodeScore> feasible = pl.scores();
      if (!feasible.isEmpty()) {
        state = state.withPod(p, feasible.get(0).node());
        ffd++;
      }
    }
    System.out.printf("large: 3000 VMs (anti-affinity and affinity groups) on 300 nodes: plan %d placed (%s, %d ms),"
        + " first-fit decreasing %d%n", plan.placedCount(), plan.strategy(), (t1 - t0) / 1_000_000, ffd);
  }

  /** Exact maximum number of pods placed under order-independent constraints. */
  static final class BranchAndBound {
    private final List<Pod> pods;
    private final int n;
    private final boolean[][] allowed;
    private final long[] cpu;
    private final long[] mem;
    private final long[] podsCap;
    private final boolean[][] conflict;
    private int best;

    BranchAndBound(Inventory inv, List<Pod> pods) {
      this.pods = pods;
      List<Node> nodes = inv.nodes();
      this.n = nodes.size();
      Scheduler s = Scheduler.of(PlacementOptions.defaults());
      allowed = new boolean[pods.size()][n];
      for (int p = 0; p < pods.size(); p++) {
        Placement alone = s.schedule(inv, pods.get(p), TieBreak.byName());
        for (int i = 0; i < n; i++) {
          allowed[p][i] = alone.rejection(nodes.get(i).name()).isEmpty();
        }
      }
      cpu = new long[n];
      mem = new long[n];
      podsCap = new long[n];
      for (int i = 0; i < n; i++) {
        cpu[i] = nodes.get(i).allocatable().get("cpu").milliValue();
        mem[i] = nodes.get(i).allocatable().get("memory").value();
        podsCap[i] = nodes.get(i).allocatable().get("pods").value();
      }
      conflict = new boolean[pods.size()][pods.size()];
      for (int a = 0; a < pods.size(); a++) {
        for (int b = 0; b < pods.size(); b++) {
          if (a != b && (selects(pods.get(a), pods.get(b)) || selects(pods.get(b), pods.get(a)))) {
            conflict[a][b] = true;
          }
        }
      }
    }

    private static boolean selects(Pod owner, Pod other) {
      return owner.requiredAntiAffinity().stream().anyMatch(t -> t.labelSelector().map(
          (LabelSelector sel) -> sel.matches(other.labels())).orElse(false) && owner.namespace().equals(other.namespace()));
    }

    int solve() {
      best = 0;
      int[] at = new int[pods.size()];
      search(0, 0, at, new long[n], new long[n], new long[n]);
      return best;
    }

    private void search(int p, int placed, int[] at, long[] usedCpu, long[] usedMem, long[] usedPods) {
      if (placed + (pods.size() - p) <= best) {
        return;
      }
      if (p == pods.size()) {
        best = placed;
        return;
      }
      Pod pod = pods.get(p);
      for (int i = 0; i < n; i++) {
        if (!allowed[p][i] || usedCpu[i] + pod.cpuMillis() > cpu[i] || usedMem[i] + pod.memoryBytes() > mem[i]
            || usedPods[i] + 1 > podsCap[i]) {
          continue;
        }
        boolean clash = false;
        for (int q = 0; q < p && !clash; q++) {
          clash = at[q] == i && conflict[p][q];
        }
        if (clash) {
          continue;
        }
        at[p] = i;
        usedCpu[i] += pod.cpuMillis();
        usedMem[i] += pod.memoryBytes();
        usedPods[i]++;
        search(p + 1, placed + 1, at, usedCpu, usedMem, usedPods);
        usedCpu[i] -= pod.cpuMillis();
        usedMem[i] -= pod.memoryBytes();
        usedPods[i]--;
      }
      at[p] = -1;
      search(p + 1, placed, at, usedCpu, usedMem, usedPods);
    }
  }

}
