package dev.dvp.lifecycle;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentPhase;
import dev.dvp.model.VirtualMachinePhase;
import java.util.Optional;

/**
 * DVP's VirtualMachineBlockDeviceAttachment phase and {@code Attached} condition
 * ({@code images/virtualization-artifact/pkg/controller/vmbda/internal/life_cycle.go}), first match wins, plus
 * {@code VirtualMachineReady} from the VM's phase and the capacity condition (whose type really is {@value #CAPACITY}).
 * Stateless and thread-safe.
 */
public final class AttachmentLifecycle {
  /** The condition type of the attachment state. */
  public static final String ATTACHED = "Attached";
  /** The condition type of the VM's readiness. */
  public static final String VIRTUAL_MACHINE_READY = "VirtualMachineReady";
  /** The capacity condition type, ending in {@code Type} as DVP spells it. */
  public static final String CAPACITY = "DiskAttachmentCapacityAvailableType";

  private AttachmentLifecycle() {}

  /**
   * The observed situation of one attachment.
   *
   * @param deleting the attachment is being deleted
   * @param conflictWith {@code <ns>/<name>} of a conflicting attachment of the same disk
   * @param deviceName the attached device's name
   * @param blockDeviceReady {@code BlockDeviceReady} is True
   * @param virtualMachineReady {@code VirtualMachineReady} is True
   * @param deviceExists the disk or image exists
   * @param vmName the VM's name
   * @param vmExists the VM exists
   * @param instanceReady the VM has a KVVM and a KVVMI
   * @param inVmSpec the device is also in {@code vm.spec.blockDeviceRefs}
   * @param volumeNotReady the hot-plug volume status reports not ready, with this detail
   * @param hotplugged the volume is hot-plugged
   * @param capacityAvailable the capacity condition is True
   * @param unreachableFromNode the node the VM runs on, when the disk's PV cannot be reached from it
   * @param requestSentNow the attachment request was sent in this reconcile (else earlier)
   */
  public record Situation(boolean deleting, Optional<String> conflictWith, String deviceName, boolean blockDeviceReady,
      boolean virtualMachineReady, boolean deviceExists, String vmName, boolean vmExists, boolean instanceReady,
      boolean inVmSpec, Optional<String> volumeNotReady, boolean hotplugged, boolean capacityAvailable,
      Optional<String> unreachableFromNode, boolean requestSentNow) {
    /** Checks for nulls. */
    public Situation {
      if (conflictWith == null || deviceName == null || vmName == null || volumeNotReady == null
          || unreachableFromNode == null) {
        throw new IllegalArgumentException("Situation components must not be null; use Optional.empty()");
      }
    }
  }

  /**
   * The phase and condition that go together.
   *
   * @param phase the attachment's phase
   * @param attached its {@code Attached} condition
   */
  public record State(VirtualMachineBlockDeviceAttachmentPhase phase, Condition attached) {}

  /**
   * Evaluates the {@code Attached} table.
   *
   * @param s the situation
   * @return the phase and condition
   */
  public static State evaluate(Situation s) {
    if (s.deleting()) {
      return state(VirtualMachineBlockDeviceAttachmentPhase.TERMINATING, ConditionStatus.UNKNOWN, "Unknown", "");
    }
    if (s.conflictWith().isPresent()) {
      return failed("Conflict", "Another VirtualMachineBlockDeviceAttachment " + s.conflictWith().get()
          + " already exists with the same block device \"" + s.deviceName() + "\" for hot-plugging.");
    }
    if (!s.blockDeviceReady()) {
      return pending("Waiting for block device to be ready.");
    }
    if (!s.virtualMachineReady()) {
      return pending("Waiting for virtual machine to be ready.");
    }
    if (!s.deviceExists()) {
      return pending("Block device \"" + s.deviceName() + "\" not found.");
    }
    if (!s.vmExists()) {
      return pending("VirtualMachine \"" + s.vmName() + "\" not found.");
    }
    if (!s.instanceReady()) {
      return pending("VirtualMachine \"" + s.vmName() + "\" is Running, but its underlying virtualization instance"
          + " is not ready yet.");
    }
    if (s.inVmSpec()) {
      return failed("Conflict", "Block device is already attached to the virtual machine spec: virtual machine has a"
          + " block device reference, but it is not a hot-plugged volume");
    }
    if (s.volumeNotReady().isPresent()) {
      return state(VirtualMachineBlockDeviceAttachmentPhase.IN_PROGRESS, ConditionStatus.FALSE,
          "AttachmentRequestSent", "Hotplug is not ready: " + s.volumeNotReady().get() + ".");
    }
    if (s.hotplugged()) {
      return state(VirtualMachineBlockDeviceAttachmentPhase.ATTACHED, ConditionStatus.TRUE, "Attached", "");
    }
    if (!s.capacityAvailable()) {
      return pending("Virtual machine block device capacity reached.");
    }
    if (s.unreachableFromNode().isPresent()) {
      return failed("DeviceNotAvailableOnNode", "The disk storage is not available on node \""
          + s.unreachableFromNode().get() + "\" where the VirtualMachine is running.");
    }
    return state(VirtualMachineBlockDeviceAttachmentPhase.IN_PROGRESS, ConditionStatus.FALSE, "AttachmentRequestSent",
        s.requestSentNow() ? "Attachment request has been sent: attachment is in progress."
            : "Attachment request sent: attachment is in progress.");
  }

  /**
   * DVP's {@code VirtualMachineReady} condition of an attachment from the VM's phase. For Stopping, Stopped and
   * Starting DVP uses reason {@code NotAttached}, reproduced as is.
   *
   * @param namespace the namespace
   * @param vmName the VM's name
   * @param phase the VM's phase; empty when the VM does not exist
   * @param instanceReady for a Running or Migrating VM: KVVM and KVVMI exist
   * @return the condition
   */
  public static Condition virtualMachineReady(String namespace, String vmName, Optional<VirtualMachinePhase> phase,
      boolean instanceReady) {
    if (phase.isEmpty()) {
      return Condition.of(VIRTUAL_MACHINE_READY, ConditionStatus.FALSE, "VirtualMachineNotReady",
          "VirtualMachine \"" + namespace + "/" + vmName + "\" not found.");
    }
    VirtualMachinePhase p = phase.get();
    if (p.equals(VirtualMachinePhase.RUNNING) || p.equals(VirtualMachinePhase.MIGRATING)) {
      return instanceReady
          ? Condition.of(VIRTUAL_MACHINE_READY, ConditionStatus.TRUE, "VirtualMachineReady", "")
          : Condition.of(VIRTUAL_MACHINE_READY, ConditionStatus.FALSE, "VirtualMachineNotReady", "VirtualMachine \""
              + namespace + "/" + vmName + "\" is Running, but its underlying virtualization instance is not ready yet.");
    }
    if (p.equals(VirtualMachinePhase.STOPPING) || p.equals(VirtualMachinePhase.STOPPED)
        || p.equals(VirtualMachinePhase.STARTING)) {
      return Condition.of(VIRTUAL_MACHINE_READY, ConditionStatus.FALSE, "NotAttached",
          "VirtualMachine \"" + vmName + "\" is " + p + ": waiting for the VirtualMachine to be Running.");
    }
    return Condition.of(VIRTUAL_MACHINE_READY, ConditionStatus.FALSE, "VirtualMachineNotReady",
        "Waiting for the VirtualMachine \"" + namespace + "/" + vmName + "\" to be Running.");
  }

  /**
   * DVP's capacity condition: the VM's static devices plus all its attachments (this one included) up to 16.
   *
   * @param vmName the VM's name
   * @param count the device count
   * @return the condition
   */
  public static Condition capacity(String vmName, int count) {
    return count <= 16
        ? Condition.of(CAPACITY, ConditionStatus.TRUE, "CapacityAvailable", "")
        : Condition.of(CAPACITY, ConditionStatus.FALSE, "CapacityReached",
            "Cannot attach " + count + " block devices to VirtualMachine \"" + vmName + "\": the maximum is 16.");
  }

  private static State pending(String message) {
    return state(VirtualMachineBlockDeviceAttachmentPhase.PENDING, ConditionStatus.FALSE, "NotAttached", message);
  }

  private static State failed(String reason, String message) {
    return state(VirtualMachineBlockDeviceAttachmentPhase.FAILED, ConditionStatus.FALSE, reason, message);
  }

  private static State state(VirtualMachineBlockDeviceAttachmentPhase phase, ConditionStatus status, String reason,
      String message) {
    return new State(phase, Condition.of(ATTACHED, status, reason, message));
  }
}
