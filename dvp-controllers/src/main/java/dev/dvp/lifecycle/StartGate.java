package dev.dvp.lifecycle;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import java.util.List;
import java.util.Optional;

/**
 * DVP's start gate ({@code virtualMachineDependenciesAreReady} in
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/util.go}): whether a VM's dependencies are ready so
 * that DVP creates, updates or starts its instance. Only conditions present on the VM are examined; the gate is closed
 * by the first of, in this order:
 * <ol>
 *   <li>{@code BlockDevicesReady} not True, unless its reason is
 *       {@code WaitingForWaitForFirstConsumerBlockDevicesToBeReady};</li>
 *   <li>{@code Snapshotting} True with reason {@code SnapshottingInProgress};</li>
 *   <li>{@code VirtualMachineIPAddressReady} not True, unless its reason is
 *       {@code VirtualMachineIPAddressNotAssigned};</li>
 *   <li>{@code ProvisioningReady}, {@code VirtualMachineClassReady}, {@code SizingPolicyMatched} or
 *       {@code VirtualMachineMACAddressReady} not True (Unknown closes the gate);</li>
 *   <li>{@code NetworkReady} False with reason {@code SDNModuleDisabled}.</li>
 * </ol>
 * Every other condition ({@code Running}, {@code AgentReady}, ...) is ignored. Stateless and thread-safe.
 */
public final class StartGate {
  private StartGate() {}

  /**
   * Returns the condition that keeps the VM from starting.
   *
   * @param conditions the VM's {@code status.conditions}
   * @return the first closing condition; empty when the gate is open
   */
  public static Optional<Condition> blocker(List<Condition> conditions) {
    Optional<Condition> c = find(conditions, VirtualMachineConditions.BLOCK_DEVICES_READY);
    if (c.isPresent() && !isTrue(c.get())
        && !c.get().reason().equals(VirtualMachineConditions.WAITING_FOR_WFFC_BLOCK_DEVICES)) {
      return c;
    }
    c = find(conditions, VirtualMachineConditions.SNAPSHOTTING);
    if (c.isPresent() && isTrue(c.get()) && c.get().reason().equals("SnapshottingInProgress")) {
      return c;
    }
    c = find(conditions, VirtualMachineConditions.IP_ADDRESS_READY);
    if (c.isPresent() && !isTrue(c.get()) && !c.get().reason().equals("VirtualMachineIPAddressNotAssigned")) {
      return c;
    }
    for (String type : List.of(VirtualMachineConditions.PROVISIONING_READY, VirtualMachineConditions.CLASS_READY,
        VirtualMachineConditions.SIZING_POLICY_MATCHED, VirtualMachineConditions.MAC_ADDRESS_READY)) {
      c = find(conditions, type);
      if (c.isPresent() && !isTrue(c.get())) {
        return c;
      }
    }
    c = find(conditions, VirtualMachineConditions.NETWORK_READY);
    if (c.isPresent() && c.get().status().equals(ConditionStatus.FALSE)
        && c.get().reason().equals("SDNModuleDisabled")) {
      return c;
    }
    return Optional.empty();
  }

  /**
   * Tells whether the gate is open.
   *
   * @param conditions the VM's conditions
   * @return {@code true} when no condition closes it
   */
  public static boolean isOpen(List<Condition> conditions) {
    return blocker(conditions).isEmpty();
  }

  static Optional<Condition> find(List<Condition> conditions, String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
  }

  private static boolean isTrue(Condition c) {
    return c.status().equals(ConditionStatus.TRUE);
  }
}
