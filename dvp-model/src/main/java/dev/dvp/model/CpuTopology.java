package dev.dvp.model;

import java.util.Optional;

/**
 * The CPU topology DVP gives a VM with a number of cores: sockets × cores per socket, and the most cores a socket
 * may grow to by hot-plug ({@code CalculateCoresAndSockets} in
 * {@code images/virtualization-artifact/pkg/common/vm/vm.go}).
 *
 * <p>1–16 cores: 1 socket; 17–32: 2; 33–64: 4; 65 and more: 8. Cores per socket are rounded <em>up</em>, so for a
 * count that is not a multiple of the socket count the product exceeds the request and DVP rejects it
 * ({@link #violation()}). Valid counts: 1–16 any, 18–32 even, 36–64 multiples of 4, 72–248 multiples of 8; 248
 * (8 × 31) is the maximum.
 *
 * <pre>{@code
 * CpuTopology t = CpuTopology.of(20);   // 2 sockets × 10 cores
 * t.toStatus();                         // status.resources.cpu.topology {sockets: 2, coresPerSocket: 10}
 * CpuTopology.of(17).violation();       // "the requested number of cores must be a multiple of 2"
 * }</pre>
 *
 * <p>The one CPU topology of the SDK: dvp-sizing (requests, status) and dvp-controllers (spec changes that cross a
 * socket boundary) both use it. Immutable and thread-safe.
 *
 * @param cores the requested cores
 * @param sockets the sockets DVP gives the VM
 * @param coresPerSocket ceil(cores ÷ sockets)
 * @param maxCoresPerSocket the hot-plug limit per socket: 16, or 31 from 65 cores on (internal; not in the status)
 */
public record CpuTopology(int cores, int sockets, int coresPerSocket, int maxCoresPerSocket) {
  /** The most cores a VM may have: 8 sockets × 31 cores. */
  public static final int MAX_CORES = 248;

  /** The code of a violation of the CPU-count rule. */
  public static final String CODE = "cpuCount";

  /**
   * Checks the record's consistency.
   *
   * @throws IllegalArgumentException when a count is below 1
   */
  public CpuTopology {
    if (sockets < 1 || coresPerSocket < 1 || maxCoresPerSocket < 1) {
      throw new IllegalArgumentException("sockets, coresPerSocket and maxCoresPerSocket must be 1 or more; got "
          + sockets + ", " + coresPerSocket + ", " + maxCoresPerSocket + ". Maybe use CpuTopology.of(cores)?");
    }
  }

  /**
   * Computes DVP's topology for a number of cores. A count of 0 or less gives DVP's fallback 1 × 1 (the schema
   * makes it unreachable); counts above 248 give the 8-socket layout DVP computes before rejecting them.
   *
   * @param cores the requested cores ({@code spec.cpu.cores})
   * @return the topology
   */
  public static CpuTopology of(int cores) {
    if (cores <= 0) {
      return new CpuTopology(cores, 1, 1, 16);
    }
    int sockets = sockets(cores);
    int perSocket = (cores + sockets - 1) / sockets;
    return new CpuTopology(cores, sockets, perSocket, sockets == 8 ? 31 : 16);
  }

  /**
   * The socket count DVP uses for a number of cores.
   *
   * @param cores the cores
   * @return 1, 2, 4 or 8
   */
  public static int sockets(int cores) {
    if (cores <= 16) {
      return 1;
    } else if (cores <= 32) {
      return 2;
    } else if (cores <= 64) {
      return 4;
    }
    return 8;
  }

  /**
   * Tells whether DVP accepts a core count
   * ({@code images/virtualization-artifact/pkg/controller/vm/internal/validators/cpu_count_validator.go}).
   *
   * @param cores the cores
   * @return {@code true} for 1–16, even 18–32, multiples of 4 in 36–64 and of 8 in 72–248
   */
  public static boolean isValid(int cores) {
    return cores >= 1 && of(cores).violation().isEmpty();
  }

  /**
   * Tells whether changing the core count changes the socket count, which DVP cannot apply live: the change then
   * waits for a restart with {@link #TOPOLOGY_CHANGE_MESSAGE}
   * ({@code images/virtualization-artifact/pkg/controller/vmchange/comparator_cpu.go}).
   *
   * @param from the current cores
   * @param to the new cores
   * @return whether the socket counts differ
   */
  public static boolean crossesSocketBoundary(int from, int to) {
    return sockets(from) != sockets(to);
  }

  /** DVP's message when a core change needs a new socket count (restart). */
  public static final String TOPOLOGY_CHANGE_MESSAGE =
      "Changing the number of CPU cores requires changing the CPU topology (number of sockets).";

  /**
   * The CPU-count rule of DVP's webhook ({@code cpu_count_validator.go}): more than 248 cores, or a product
   * sockets × coresPerSocket different from the request, is rejected. Path {@code spec.cpu.cores}, code
   * {@value #CODE}.
   *
   * @return the violation, or empty when the count is accepted
   */
  public Optional<Violation> violation() {
    if (cores > MAX_CORES) {
      return Optional.of(Violation.error("spec.cpu.cores", CODE, "number of cores should not exceed " + MAX_CORES));
    }
    if (cores >= 1 && sockets * coresPerSocket != cores) {
      return Optional.of(Violation.error("spec.cpu.cores", CODE,
          "the requested number of cores must be a multiple of " + sockets));
    }
    return Optional.empty();
  }

  /**
   * The {@code status.resources.cpu.topology} block DVP shows for this topology.
   *
   * @return sockets and cores per socket
   */
  public CpuTopologyStatus toStatus() {
    return CpuTopologyStatus.of(sockets, coresPerSocket);
  }

  /** Returns e.g. {@code 2×10}. */
  @Override
  public String toString() {
    return sockets + "×" + coresPerSocket;
  }
}
