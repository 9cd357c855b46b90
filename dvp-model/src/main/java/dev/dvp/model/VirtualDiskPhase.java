package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualDisk ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualDiskPhase extends OpenEnum<VirtualDiskPhase> {
  /** Created and waiting in the queue. */
  public static final VirtualDiskPhase PENDING = new VirtualDiskPhase("Pending", true);
  /** Data is being copied, downloaded or loaded into the PVC, or the PVC is being extended. */
  public static final VirtualDiskPhase PROVISIONING = new VirtualDiskPhase("Provisioning", true);
  /** Waiting for the user to upload the image. */
  public static final VirtualDiskPhase WAIT_FOR_USER_UPLOAD = new VirtualDiskPhase("WaitForUserUpload", true);
  /** Waiting for the VM that uses the disk to be scheduled to a node. */
  public static final VirtualDiskPhase WAIT_FOR_FIRST_CONSUMER = new VirtualDiskPhase("WaitForFirstConsumer", true);
  /** Created and ready to use. */
  public static final VirtualDiskPhase READY = new VirtualDiskPhase("Ready", true);
  /** The disk is being resized. */
  public static final VirtualDiskPhase RESIZING = new VirtualDiskPhase("Resizing", true);
  /** Creating the disk failed. */
  public static final VirtualDiskPhase FAILED = new VirtualDiskPhase("Failed", true);
  /** The disk's PVC is missing; the disk cannot be used. */
  public static final VirtualDiskPhase PVC_LOST = new VirtualDiskPhase("PVCLost", true);
  /** The disk's PV is being exported. */
  public static final VirtualDiskPhase EXPORTING = new VirtualDiskPhase("Exporting", true);
  /** The disk is being deleted. */
  public static final VirtualDiskPhase TERMINATING = new VirtualDiskPhase("Terminating", true);
  /** The disk is being migrated. */
  public static final VirtualDiskPhase MIGRATING = new VirtualDiskPhase("Migrating", true);

  private static final OpenEnumMembers<VirtualDiskPhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualDiskPhase(v, false), PENDING, PROVISIONING, WAIT_FOR_USER_UPLOAD, WAIT_FOR_FIRST_CONSUMER, READY, RESIZING, FAILED, PVC_LOST, EXPORTING, TERMINATING, MIGRATING);

  private VirtualDiskPhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualDiskPhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualDiskPhase> knownValues() {
    return MEMBERS.known();
  }
}
