package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a ClusterVirtualImage ({@code status.phase}); unlike VirtualImage there is no {@code PVCLost}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class ClusterVirtualImagePhase extends OpenEnum<ClusterVirtualImagePhase> {
  /** Created and waiting in the queue. */
  public static final ClusterVirtualImagePhase PENDING = new ClusterVirtualImagePhase("Pending", true);
  /** The image is being copied, downloaded or built. */
  public static final ClusterVirtualImagePhase PROVISIONING = new ClusterVirtualImagePhase("Provisioning", true);
  /** Waiting for the user to upload the image. */
  public static final ClusterVirtualImagePhase WAIT_FOR_USER_UPLOAD = new ClusterVirtualImagePhase("WaitForUserUpload", true);
  /** Created and ready to use. */
  public static final ClusterVirtualImagePhase READY = new ClusterVirtualImagePhase("Ready", true);
  /** Creating the image failed. */
  public static final ClusterVirtualImagePhase FAILED = new ClusterVirtualImagePhase("Failed", true);
  /** The image is being deleted. */
  public static final ClusterVirtualImagePhase TERMINATING = new ClusterVirtualImagePhase("Terminating", true);
  /** The image is missing in DVCR; it cannot be used. */
  public static final ClusterVirtualImagePhase IMAGE_LOST = new ClusterVirtualImagePhase("ImageLost", true);

  private static final OpenEnumMembers<ClusterVirtualImagePhase> MEMBERS =
      new OpenEnumMembers<>(v -> new ClusterVirtualImagePhase(v, false), PENDING, PROVISIONING, WAIT_FOR_USER_UPLOAD, READY, FAILED, TERMINATING, IMAGE_LOST);

  private ClusterVirtualImagePhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static ClusterVirtualImagePhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<ClusterVirtualImagePhase> knownValues() {
    return MEMBERS.known();
  }
}
