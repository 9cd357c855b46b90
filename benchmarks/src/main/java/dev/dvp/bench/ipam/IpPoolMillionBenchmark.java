package dev.dvp.bench.ipam;

import dev.dvp.ipam.IpPool;
import dev.dvp.ipam.IpPoolOptions;
import dev.dvp.ipam.VirtualMachineCidrs;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** 1,000,000 automatic allocations from a /12 (1,048,574 addresses) on one thread, leases included. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IpPoolMillionBenchmark {
  private static final int COUNT = 1_000_000;
  private static final VirtualMachineCidrs CIDRS = VirtualMachineCidrs.parse(List.of("10.64.0.0/12"));

  private final String[] names = new String[COUNT];
  private IpPool pool;

  /** Names the claims once. */
  @Setup(Level.Trial)
  public void names() {
    for (int i = 0; i < COUNT; i++) {
      names[i] = "vm-" + i;
    }
  }

  /** A fresh pool for every shot. */
  @Setup(Level.Iteration)
  public void pool() {
    pool = IpPool.create(CIDRS, IpPoolOptions.defaults());
  }

  /**
   * Allocates a million addresses.
   *
   * @return the number of leases, so the work is not eliminated
   */
  @Benchmark
  public int allocateMillion() {
    for (int i = 0; i < COUNT; i++) {
      pool.allocate("default", names[i]);
    }
    return pool.size();
  }
}
