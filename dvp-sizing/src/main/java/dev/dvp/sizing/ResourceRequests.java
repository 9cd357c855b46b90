package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.CpuResources;
import dev.dvp.model.MemoryResources;
import dev.dvp.model.Quantity;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a VM asks the scheduler for, and what DVP shows in {@code status.resources}
 * ({@code images/virtualization-artifact/pkg/controller/kvbuilder/kvvm.go},
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/statistic.go}): the CPU request cores × coreFraction
 * (in millicores, rounded up; {@code 1} core at 5% → {@code 50m}), the CPU limit (the cores), the QoS class, the memory
 * with the chosen overhead model, and the oversubscription a coreFraction implies (20% → at most 5 such vCPUs per
 * physical CPU).
 *
 * <p>An empty coreFraction counts as 100%; {@code Auto} is resolved first to
 * {@code status.recommendedResources.cpu.coreFraction}, else the seed of the matching policy's steps
 * ({@link AutoCoreFraction}), so 4 cores on {@code Auto} without a recommendation or policy request {@code 400m}.
 *
 * <pre>{@code
 * ResourceRequests r = ResourceRequests.of(vm, Optional.of(vmClass));  // 2 cores, 20%, 4Gi
 * r.cpuRequest();          // 400m
 * r.cpuLimit();            // 2
 * r.oversubscription();    // "5:1"
 * r.cpuStatus();           // status.resources.cpu of the stopped VM
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param topology the CPU topology
 * @param coreFractionPercent the coreFraction in effect, 1..100 ({@code Auto} resolved, empty as 100)
 * @param auto whether the VM's coreFraction is {@code Auto}
 * @param cpuRequest cores × coreFraction, e.g. {@code 400m}
 * @param cpuLimit the cores, e.g. {@code 2}
 * @param memory {@code spec.memory.size}
 * @param memoryOverhead the overhead from {@code overheadModel}
 * @param overheadModel the memory-overhead model used
 */
public record ResourceRequests(CpuTopology topology, int coreFractionPercent, boolean auto, Quantity cpuRequest,
    Quantity cpuLimit, Quantity memory, Quantity memoryOverhead, MemoryOverhead overheadModel) {
  /** The QoS class of a VM at 100%: requests equal limits. */
  public static final String GUARANTEED = "Guaranteed";
  /** The QoS class of a VM below 100%. */
  public static final String BURSTABLE = "Burstable";

  /**
   * Checks the record.
   *
   * @throws IllegalArgumentException when an argument is null or the percentage is outside 1..100
   */
  public ResourceRequests {
    if (topology == null || cpuRequest == null || cpuLimit == null || memory == null || memoryOverhead == null
        || overheadModel == null || coreFractionPercent < 1 || coreFractionPercent > 100) {
      throw new IllegalArgumentException("ResourceRequests needs non-null values and a coreFraction of 1..100; "
          + "maybe use ResourceRequests.of(vm, vmClass)");
    }
  }

  /**
   * Computes the requests of a VM with no memory overhead.
   *
   * @param vm the VM (after defaulting)
   * @param vmClass its class, used to resolve {@code Auto}; empty when unknown
   * @return the requests
   */
  public static ResourceRequests of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    return of(vm, vmClass, MemoryOverhead.NONE);
  }

  /**
   * Computes the requests of a VM.
   *
   * @param vm the VM (after defaulting)
   * @param vmClass its class, used to resolve {@code Auto}; empty when unknown
   * @param overhead the memory-overhead model
   * @return the requests
   * @throws NullPointerException when an argument is null
   */
  public static ResourceRequests of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, MemoryOverhead overhead) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(vmClass, "vmClass");
    Objects.requireNonNull(overhead, "overhead");
    int cores = vm.spec().cpu().cores();
    String fraction = vm.spec().cpu().coreFraction().orElse("");
    boolean auto = CoreFraction.isAuto(fraction);
    int percent;
    if (auto) {
      Optional<SizingPolicy> policy = vmClass.flatMap(c -> {
        int i = Sizing.matchIndex(c.spec().sizingPolicies(), cores);
        return i < 0 ? Optional.empty() : Optional.of(c.spec().sizingPolicies().get(i));
      });
      percent = AutoCoreFraction.effective(vm, policy);
    } else {
      int p = CoreFraction.percent(fraction).orElse(-1);
      percent = p < 1 ? 100 : p;
    }
    CpuTopology topology = CpuTopology.of(cores);
    Quantity size = vm.spec().memory().size();
    return new ResourceRequests(topology, percent, auto, Quantity.ofMillis(CoreFraction.requestMillis(cores, percent)),
        Quantity.of(cores, Quantity.Format.DECIMAL_SI), size, overhead.of(topology, size), overhead);
  }

  /** @return the cores ({@code spec.cpu.cores}) */
  public int cores() {
    return topology.cores();
  }

  /** @return the coreFraction in effect as DVP writes it, e.g. {@code "20%"} */
  public String coreFraction() {
    return coreFractionPercent + "%";
  }

  /** @return {@link #GUARANTEED} at 100% (requests equal limits), else {@link #BURSTABLE} */
  public String qosClass() {
    return coreFractionPercent == 100 ? GUARANTEED : BURSTABLE;
  }

  /** @return the memory the scheduler counts: {@code memory + memoryOverhead} */
  public Quantity memoryRequest() {
    return memory.add(memoryOverhead);
  }

  /**
   * How many such vCPUs may share one physical CPU at most: 100 ÷ coreFraction, as {@code "N:1"} ({@code 20%} →
   * {@code 5:1}, {@code 30%} → {@code 3.33:1}, {@code 100%} → {@code 1:1}).
   *
   * @return the ratio
   */
  public String oversubscription() {
    BigDecimal ratio = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(coreFractionPercent), 2, RoundingMode.DOWN)
        .stripTrailingZeros();
    return ratio.toPlainString() + ":1";
  }

  /**
   * {@code status.resources.cpu} of the VM while it is stopped (no KVVMI; {@code statistic.go}): the cores, the
   * effective coreFraction ({@code Auto} resolved), the topology of {@link CpuTopology}, and
   * {@code requestedCores}/{@code runtimeOverhead} left at zero.
   *
   * @return the block
   */
  public CpuResources cpuStatus() {
    return CpuResources.builder().cores(cores()).coreFraction(coreFraction()).requestedCores(Quantity.ZERO)
        .runtimeOverhead(Quantity.ZERO).topology(topology.toStatus()).build();
  }

  /**
   * {@code status.resources.cpu} of the VM running as specified ({@code statistic.go}): cores = sockets × cores per
   * socket, {@code requestedCores} = the cores at 100%, else ceil(percent × cores × 1000 ÷ 100) millicores; the runtime
   * overhead (launcher-pod CPU beyond that) is not modelled and shows as zero.
   *
   * @return the block
   */
  public CpuResources runningCpuStatus() {
    int running = topology.sockets() * topology.coresPerSocket();
    Quantity requested = coreFractionPercent == 100 ? Quantity.of(running, Quantity.Format.DECIMAL_SI)
        : Quantity.ofMillis((long) running * 10L * coreFractionPercent);
    return CpuResources.builder().cores(running).coreFraction(coreFraction()).requestedCores(requested)
        .runtimeOverhead(Quantity.ZERO).topology(topology.toStatus()).build();
  }

  /**
   * {@code status.resources.memory}: the guest memory and the overhead of the chosen model (DVP's own figure is the
   * launcher's memory limit minus the guest memory, rounded up to a MiB, which needs the running pod).
   *
   * @return the block
   */
  public MemoryResources memoryStatus() {
    return MemoryResources.builder().size(memory).runtimeOverhead(memoryOverhead).build();
  }
}
