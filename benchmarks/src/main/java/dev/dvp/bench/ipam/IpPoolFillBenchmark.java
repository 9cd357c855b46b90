package dev.dvp.bench.ipam;

import dev.dvp.ipam.IpClaimResult;
import dev.dvp.ipam.IpPool;
import dev.dvp.ipam.IpPoolOptions;
import dev.dvp.ipam.VirtualMachineCidrs;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Filling a /16 (65,534 addresses) in DVP's order: the cost per allocation of the first 10% (pool empty) against the
 * last 10% (pool 90% full). Each invocation allocates 6,553 addresses into a pool prepared outside the measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IpPoolFillBenchmark {
  private static final int TENTH = 6_553;
  private static final int SIZE = 65_534;
  private static final VirtualMachineCidrs CIDRS = VirtualMachineCidrs.parse(List.of("10.66.0.0/16"));

  /** Which tenth of the pool is measured. */
  @Param({"first10", "last10"})
  public String tenth;

  private final String[] names = new String[SIZE];
  private IpPool pool;
  private int from;

  /** Names the claims once. */
  @Setup(Level.Trial)
  public void names() {
    for (int i = 0; i < SIZE; i++) {
      names[i] = "vm-" + i;
    }
  }

  /** A fresh pool, empty or filled to 90%. */
  @Setup(Level.Invocation)
  public void pool() {
    pool = IpPool.create(CIDRS, IpPoolOptions.defaults());
    from = tenth.equals("first10") ? 0 : SIZE - TENTH;
    for (int i = 0; i < from; i++) {
      pool.allocate("default", names[i]);
    }
  }

  /**
   * Allocates a tenth of the pool.
   *
   * @return the last result, so the work is not eliminated
   */
  @Benchmark
  @OperationsPerInvocation(TENTH)
  public IpClaimResult allocateTenth() {
    IpClaimResult last = null;
    for (int i = from; i < from + TENTH; i++) {
      last = pool.allocate("default", names[i]);
    }
    return last;
  }
}
