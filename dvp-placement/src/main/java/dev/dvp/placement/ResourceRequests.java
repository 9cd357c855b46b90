package dev.dvp.placement;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.List;
import java.util.Optional;

/**
 * The seam to dvp-sizing: the CPU and memory a VM's launcher pod requests (DVP's {@code kvvm.go} {@code GetCPURequest},
 * KubeVirt's {@code pkg/virt-controller/services/renderresources.go} {@code GetMemoryOverhead}). dvp-sizing owns these
 * rules; {@link LocalResourceRequests} adds the defaulting placement needs and delegates to {@code dev.dvp.sizing.ResourceRequests}.
 */
interface ResourceRequests {
  /** The requests of one VM, with the effective coreFraction and any warnings. */
  record Requests(long cpuMillis, long memoryBytes, int coreFractionPercent, List<String> warnings) {}

  Requests of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, MemoryOverhead overhead);

  static ResourceRequests standard() {
    return LocalResourceRequests.INSTANCE;
  }
}
