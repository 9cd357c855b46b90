package dev.dvp.bench.placement;

import dev.dvp.model.Node;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.Plan;
import dev.dvp.placement.PlacementOptions;
import dev.dvp.placement.Planner;
import dev.dvp.placement.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A batch plan of 10,000 VMs onto 1,000 empty nodes (16 cores, 48Gi; 10% tainted) with affinity groups: 100 groups of 20 VMs
 * with required anti-affinity on hostname, 100 groups of 20 with required affinity to their group on the zone, and
 * 6,000 plain VMs, at 10-50% of 1-4 cores. The batch is over-subscribed so that some VMs stay unplaced and the
 * optimising rounds run. Goal: under 5 s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PlanBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBenchmark {
  private Inventory inventory;
  private List<Pod> batch;
  private Planner planner;

  @Setup
  public void setup() {
    SplittableRandom r = new SplittableRandom(7);
    List<Node> nodes = Clusters.nodes(1000, 16, "48Gi", r);
    inventory = Inventory.builder().addNodes(nodes).build();
    batch = batch(r);
    planner = Planner.of(PlacementOptions.defaults());
  }

  static List<Pod> batch(SplittableRandom r) {
    List<Pod> pods = new ArrayList<>(10_000);
    for (int i = 0; i < 10_000; i++) {
      int cores = 1 + r.nextInt(4);
      int percent = 10 + 10 * r.nextInt(5);
      Pod p;
      if (i < 2000) {
        int g = i / 20;
        p = Clusters.vm("anti-" + i, g, cores, percent, 1 + r.nextInt(8))
            .withRequiredAntiAffinity(Clusters.hostTerm("group-" + g));
      } else if (i < 4000) {
        int g = 100 + (i - 2000) / 20;
        p = Clusters.vm("aff-" + i, g, cores, percent, 1 + r.nextInt(8))
            .withRequiredAffinity(dev.dvp.model.VirtualMachineAndPodAffinityTerm.builder()
                .labelSelector(dev.dvp.model.LabelSelector.ofLabels(java.util.Map.of("app", "group-" + g)))
                .topologyKey("topology.kubernetes.io/zone").build());
      } else {
        p = Clusters.vm("vm-" + i, 200 + r.nextInt(50), cores, percent, 1 + r.nextInt(8));
      }
      pods.add(p);
    }
    return pods;
  }

  /** The optimising planner (seeded). */
  @Benchmark
  public Plan plan() {
    return planner.plan(inventory, batch, new SplittableRandom(1));
  }
}
