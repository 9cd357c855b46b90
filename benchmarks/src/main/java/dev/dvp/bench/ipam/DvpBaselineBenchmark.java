package dev.dvp.bench.ipam;

import dev.dvp.ipam.IpClaimResult;
import dev.dvp.ipam.IpLeaseNames;
import dev.dvp.ipam.IpPool;
import dev.dvp.ipam.IpPoolOptions;
import dev.dvp.ipam.Ipv4Address;
import dev.dvp.ipam.VirtualMachineCidrs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One automatic allocation with 10,000 existing leases in a /16, by the SDK's pool and by a baseline that does what
 * DVP's controller does on every allocation: list all leases, decode their names into an allocated set, and walk the
 * CIDR from its start for the first free candidate. Each operation allocates and then gives the address back, so the
 * state stays at 10,000 leases (the pool's retention is zero so the release frees at once).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DvpBaselineBenchmark {
  private static final int LEASES = 10_000;
  private static final String CIDR = "10.66.0.0/16";

  private IpPool pool;
  private final List<String> leaseNames = new ArrayList<>();

  /** 10,000 leases, in both representations. */
  @Setup(Level.Trial)
  public void leases() {
    pool = IpPool.create(VirtualMachineCidrs.parse(List.of(CIDR)),
        IpPoolOptions.builder().retention(Duration.ZERO).build());
    for (int i = 0; i < LEASES; i++) {
      leaseNames.add(pool.allocate("default", "vm-" + i).leaseName().orElseThrow());
    }
  }

  /**
   * The SDK: allocate, then release.
   *
   * @return the result
   */
  @Benchmark
  public IpClaimResult sdkPool() {
    IpClaimResult r = pool.allocate("default", "probe");
    pool.release("default", "probe");
    return r;
  }

  /**
   * DVP's way: rebuild the allocated set from every lease name, walk from the CIDR's first address, then add and
   * remove the lease.
   *
   * @return the address found
   */
  @Benchmark
  public String dvpControllerBaseline() {
    Set<String> allocated = new HashSet<>();
    for (String name : leaseNames) {
      allocated.add(IpLeaseNames.addressOf(name));
    }
    long network = Ipv4Address.parse("10.66.0.0").orElseThrow().unsigned();
    long last = network + 65_535;
    for (long a = network; a <= last; a++) {
      if (a == network || a == last) {
        continue;
      }
      String candidate = Ipv4Address.ofUnsigned(a).toString();
      if (!allocated.contains(candidate)) {
        leaseNames.add(IpLeaseNames.of(candidate));
        leaseNames.remove(leaseNames.size() - 1);
        return candidate;
      }
    }
    return "";
  }
}
