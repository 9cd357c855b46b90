package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineBlockDeviceAttachment ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineBlockDeviceAttachmentPhase extends OpenEnum<VirtualMachineBlockDeviceAttachmentPhase> {
  /** Waiting for the block device, the VM or capacity. */
  public static final VirtualMachineBlockDeviceAttachmentPhase PENDING = new VirtualMachineBlockDeviceAttachmentPhase("Pending", true);
  /** The hot-plug request has been sent. */
  public static final VirtualMachineBlockDeviceAttachmentPhase IN_PROGRESS = new VirtualMachineBlockDeviceAttachmentPhase("InProgress", true);
  /** The block device is attached to the running VM. */
  public static final VirtualMachineBlockDeviceAttachmentPhase ATTACHED = new VirtualMachineBlockDeviceAttachmentPhase("Attached", true);
  /** The attachment cannot be made (a conflict, or the device is not reachable from the VM's node). */
  public static final VirtualMachineBlockDeviceAttachmentPhase FAILED = new VirtualMachineBlockDeviceAttachmentPhase("Failed", true);
  /** The attachment is being deleted and the device detached. */
  public static final VirtualMachineBlockDeviceAttachmentPhase TERMINATING = new VirtualMachineBlockDeviceAttachmentPhase("Terminating", true);

  private static final OpenEnumMembers<VirtualMachineBlockDeviceAttachmentPhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineBlockDeviceAttachmentPhase(v, false), PENDING, IN_PROGRESS, ATTACHED, FAILED, TERMINATING);

  private VirtualMachineBlockDeviceAttachmentPhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineBlockDeviceAttachmentPhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineBlockDeviceAttachmentPhase> knownValues() {
    return MEMBERS.known();
  }
}
