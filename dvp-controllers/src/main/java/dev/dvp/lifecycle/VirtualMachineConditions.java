package dev.dvp.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * DVP's catalogue of VirtualMachine condition types and their reasons
 * ({@code api/core/v1alpha2/vmcondition/condition.go}). A new condition starts as {@code Unknown} with reason
 * {@code Unknown}.
 */
public final class VirtualMachineConditions {
  /** The class exists and is ready. */
  public static final String CLASS_READY = "VirtualMachineClassReady";
  /** The VM's IP address is bound. */
  public static final String IP_ADDRESS_READY = "VirtualMachineIPAddressReady";
  /** The VM's MAC addresses are bound. */
  public static final String MAC_ADDRESS_READY = "VirtualMachineMACAddressReady";
  /** All block devices are ready. */
  public static final String BLOCK_DEVICES_READY = "BlockDevicesReady";
  /** The reason of BlockDevicesReady that does not close the start gate. */
  public static final String WAITING_FOR_WFFC_BLOCK_DEVICES = "WaitingForWaitForFirstConsumerBlockDevicesToBeReady";
  /** Provisioning data is available. */
  public static final String PROVISIONING_READY = "ProvisioningReady";
  /** The VM is running. */
  public static final String RUNNING = "Running";
  /** The guest agent answers. */
  public static final String AGENT_READY = "AgentReady";
  /** The sizing policy of the class matches the VM. */
  public static final String SIZING_POLICY_MATCHED = "SizingPolicyMatched";
  /** Additional networks are ready. */
  public static final String NETWORK_READY = "NetworkReady";
  /** A snapshot is being taken. */
  public static final String SNAPSHOTTING = "Snapshotting";
  /** A restore keeps the VM in maintenance. */
  public static final String MAINTENANCE = "Maintenance";

  /** Every condition type with its reasons, in the order of {@code condition.go}. */
  public static final Map<String, List<String>> REASONS = Map.ofEntries(
      Map.entry(CLASS_READY, List.of("VirtualMachineClassReady", "VirtualMachineClassNotReady")),
      Map.entry(IP_ADDRESS_READY, List.of("VirtualMachineIPAddressReady", "VirtualMachineIPAddressNotReady",
          "VirtualMachineIPAddressNotAssigned", "VirtualMachineIPAddressNotAvailable")),
      Map.entry(MAC_ADDRESS_READY, List.of("VirtualMachineMACAddressReady", "VirtualMachineMACAddressNotReady",
          "VirtualMachineMACAddressNotAvailable")),
      Map.entry(BLOCK_DEVICES_READY, List.of("BlockDevicesReady", "BlockDevicesNotReady",
          WAITING_FOR_WFFC_BLOCK_DEVICES, "BlockDeviceLimitExceeded")),
      Map.entry(PROVISIONING_READY, List.of("ProvisioningReady", "ProvisioningReadyWithWarnings",
          "ProvisioningNotReady")),
      Map.entry(RUNNING, List.of("Running", "NotRunning", "NoBootableDevice", "InternalVirtualMachineError",
          "PodNotStarted", "PodTerminating", "PodNotFound", "PodConditionMissing", "GuestNotRunning")),
      Map.entry(AGENT_READY, List.of("AgentReady", "AgentNotReady")),
      Map.entry("AgentVersionNotSupported", List.of("AgentVersionNotSupported")),
      Map.entry("ConfigurationApplied", List.of("ConfigurationApplied", "ConfigurationNotApplied")),
      Map.entry("AwaitingRestartToApplyConfiguration", List.of("ChangesPendingRestart", "NoRestartRequired",
          "UnexpectedState")),
      Map.entry(SIZING_POLICY_MATCHED, List.of("SizingPolicyNotMatched", "VirtualMachineClassTerminating",
          "VirtualMachineClassNotFound")),
      Map.entry("FirmwareUpToDate", List.of("FirmwareOutOfDate", "FirmwareUpToDate")),
      Map.entry("Migratable", List.of("VirtualMachineMigratable", "VirtualMachineNonMigratable",
          "VirtualMachineDisksNotMigratable", "VirtualMachineDisksShouldBeMigrating",
          "VirtualMachineHostDevicesNotMigratable")),
      Map.entry("Migrating", List.of("Pending", "ReadyToMigrate", "InProgress")),
      Map.entry("EvictionRequired", List.of("EvictionRequired")),
      Map.entry(NETWORK_READY, List.of("NetworkReady", "NetworkNotReady", "SDNModuleDisabled")),
      Map.entry(SNAPSHOTTING, List.of("WaitingForTheSnapshotToStart", "SnapshottingInProgress")),
      Map.entry("FilesystemFrozen", List.of("Frozen")),
      Map.entry(MAINTENANCE, List.of("RestoreInProgress")),
      Map.entry("GPUClassReady", List.of("GPUClassReady", "GPUClassNotFound", "GPUClassNotReady")),
      Map.entry("CoreFractionAutoscaling", List.of("CoreFractionAutoscalingEnabled", "WaitingForRecommendation",
          "CoreFractionAutoscalingDisabled", "InPlaceResizeDisabled", "SizingPolicyHasNoSteps")));

  private VirtualMachineConditions() {}
}
