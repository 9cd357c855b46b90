package dev.dvp.bench.ipam;

import dev.dvp.ipam.MacPool;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGeneratorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** 1,000,000 generated MAC addresses in one pool (one OUI); the pool never hands out an address twice. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MacPoolBenchmark {
  private static final int COUNT = 1_000_000;

  private final String[] names = new String[COUNT];
  private MacPool pool;

  /** Names the claims once. */
  @Setup(Level.Trial)
  public void names() {
    for (int i = 0; i < COUNT; i++) {
      names[i] = "vm-mac-" + i;
    }
  }

  /** A fresh pool for every shot. */
  @Setup(Level.Iteration)
  public void pool() {
    pool = MacPool.create("17eb5ee6-192c-4048-b79e-a21eaf8b7121",
        RandomGeneratorFactory.of("L64X128MixRandom").create(42));
  }

  /**
   * Allocates a million addresses and checks that each got its own.
   *
   * @return the number of leases
   */
  @Benchmark
  public int allocateMillion() {
    for (int i = 0; i < COUNT; i++) {
      pool.allocate("default", names[i]);
    }
    if (pool.size() != COUNT) {
      throw new IllegalStateException("expected " + COUNT + " distinct leases, got " + pool.size());
    }
    return pool.size();
  }
}
