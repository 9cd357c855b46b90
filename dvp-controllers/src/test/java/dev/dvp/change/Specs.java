package dev.dvp.change;

import dev.dvp.model.cluster.Edition;
import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Cpu;
import dev.dvp.model.ImmutableVirtualMachineSpec;
import dev.dvp.model.Memory;
import dev.dvp.model.Quantity;
import dev.dvp.model.VirtualMachineSpec;

/** Specs for the tests: a minimal VM like the seed's, built in code. */
final class Specs {
  private Specs() {}

  static BlockDeviceRef disk(String name) {
    return BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, name);
  }

  static BlockDeviceRef image(String name) {
    return BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_IMAGE, name);
  }

  static BlockDeviceRef clusterImage(String name) {
    return BlockDeviceRef.of(BlockDeviceKind.CLUSTER_VIRTUAL_IMAGE, name);
  }

  /** A builder of the seed's VM without provisioning: class generic, 1 core, 1Gi, one root disk. */
  static ImmutableVirtualMachineSpec.Builder builder() {
    return VirtualMachineSpec.builder()
        .virtualMachineClassName("generic")
        .cpu(Cpu.of(1))
        .memory(Memory.of(Quantity.parse("1Gi")))
        .addBlockDeviceRefs(disk("linux-vm-root"));
  }

  static VirtualMachineSpec base() {
    return builder().build();
  }

  static ChangeContext ce() {
    return ChangeContext.defaults();
  }

  static ChangeContext ee() {
    return ChangeContext.builder().edition(Edition.EE).build();
  }

  static ChangeContext eeWith(HotplugFeatureGate... gates) {
    return ChangeContext.builder().edition(Edition.EE).addFeatureGates(gates).build();
  }
}
