package dev.dvp.bench.placement;

import dev.dvp.placement.Inventory;
import dev.dvp.placement.Placement;
import dev.dvp.placement.PlacementOptions;
import dev.dvp.placement.Pod;
import dev.dvp.placement.Scheduler;
import dev.dvp.placement.TieBreak;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Single-VM scheduling throughput on a 5,000-node inventory with labels, taints (10% of nodes) and 2 running VMs per
 * node (10,000 pods): the full filter and score cycle over every node, with the aggregate message, for a VM with
 * nodeSelector + required/preferred node affinity, and for a VM with required anti-affinity (hostname) against a
 * group of running VMs. Each op schedules one VM (the inventory does not change between ops, as in kube-scheduler's
 * measurement each pod is scheduled against the current cluster). kube-scheduler's CI floors at 5,000 nodes:
 * 680 pods/s (SchedulingBasic), 60 pods/s (SchedulingPodAntiAffinity).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScheduleBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}. Each
 * iteration also prints its operations per CPU-second of the benchmark thread ({@code cpu: ...}), the figure to
 * read on a shared, loaded machine where JMH's wall-clock rate mostly measures waiting for a core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScheduleBenchmark {
  @Param({"5000"})
  int nodes;

  private Inventory inventory;
  private Inventory antiInventory;
  private Scheduler scheduler;
  private Pod affinityVm;
  private Pod antiVm;
  private TieBreak tie;
  private long operations;
  private long cpuStart;

  @Setup
  public void setup() {
    inventory = Clusters.inventory(nodes, 2, false, 42);
    antiInventory = Clusters.inventory(nodes, 2, true, 42);
    scheduler = Scheduler.of(PlacementOptions.defaults());
    affinityVm = Clusters.withNodeAffinity(Clusters.vm("incoming", 7, 2, 20, 2));
    antiVm = Clusters.vm("incoming", 7, 2, 20, 2).withRequiredAntiAffinity(Clusters.hostTerm("group-7"));
    tie = TieBreak.random(new SplittableRandom(1));
    // The first cycle of a constraint signature builds its static filter cache; keep that out of the measurement.
    scheduler.schedule(inventory, affinityVm, tie);
    scheduler.schedule(antiInventory, antiVm, tie);
  }

  /** Starts the iteration's CPU clock (the benchmark thread runs iteration set-up for thread-scoped state). */
  @Setup(Level.Iteration)
  public void startCpuClock() {
    operations = 0;
    cpuStart = THREADS.getCurrentThreadCpuTime();
  }

  /** Prints the iteration's operations per CPU-second of this thread. */
  @TearDown(Level.Iteration)
  public void reportCpuRate() {
    double seconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("cpu: %d ops in %.3f CPU-s = %.0f ops per CPU-second%n", operations, seconds,
        operations / seconds);
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** nodeSelector + required and preferred node affinity. */
  @Benchmark
  public String nodeAffinity() {
    operations++;
    Placement p = scheduler.schedule(inventory, affinityVm, tie);
    return p.summary();
  }

  /** Required VM anti-affinity on kubernetes.io/hostname; every running VM also has one (symmetry is checked). */
  @Benchmark
  public String requiredAntiAffinity() {
    operations++;
    Placement p = scheduler.schedule(antiInventory, antiVm, tie);
    return p.summary();
  }
}
