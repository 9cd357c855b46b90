package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualImage ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualImagePhase extends OpenEnum<VirtualImagePhase> {
  /** Created and waiting in the queue. */
  public static final VirtualImagePhase PENDING = new VirtualImagePhase("Pending", true);
  /** The image is being copied, downloaded or built. */
  public static final VirtualImagePhase PROVISIONING = new VirtualImagePhase("Provisioning", true);
  /** Waiting for the user to upload the image. */
  public static final VirtualImagePhase WAIT_FOR_USER_UPLOAD = new VirtualImagePhase("WaitForUserUpload", true);
  /** Created and ready to use. */
  public static final VirtualImagePhase READY = new VirtualImagePhase("Ready", true);
  /** Creating the image failed. */
  public static final VirtualImagePhase FAILED = new VirtualImagePhase("Failed", true);
  /** The image is being deleted. */
  public static final VirtualImagePhase TERMINATING = new VirtualImagePhase("Terminating", true);
  /** The image is missing in DVCR; it cannot be used. */
  public static final VirtualImagePhase IMAGE_LOST = new VirtualImagePhase("ImageLost", true);
  /** The image's PVC is missing; it cannot be used. */
  public static final VirtualImagePhase PVC_LOST = new VirtualImagePhase("PVCLost", true);

  private static final OpenEnumMembers<VirtualImagePhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualImagePhase(v, false), PENDING, PROVISIONING, WAIT_FOR_USER_UPLOAD, READY, FAILED, TERMINATING, IMAGE_LOST, PVC_LOST);

  private VirtualImagePhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualImagePhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualImagePhase> knownValues() {
    return MEMBERS.known();
  }
}
