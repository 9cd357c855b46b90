package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of a VM block device ({@code spec.blockDeviceRefs[].kind} and its status counterpart).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class BlockDeviceKind extends OpenEnum<BlockDeviceKind> {
  /** A cluster-wide image, always attached read-only (an ISO as a CD-ROM). */
  public static final BlockDeviceKind CLUSTER_VIRTUAL_IMAGE = new BlockDeviceKind("ClusterVirtualImage", true);
  /** A namespaced image, always attached read-only (an ISO as a CD-ROM). */
  public static final BlockDeviceKind VIRTUAL_IMAGE = new BlockDeviceKind("VirtualImage", true);
  /** A disk, attached read-write. */
  public static final BlockDeviceKind VIRTUAL_DISK = new BlockDeviceKind("VirtualDisk", true);

  private static final OpenEnumMembers<BlockDeviceKind> MEMBERS =
      new OpenEnumMembers<>(v -> new BlockDeviceKind(v, false), CLUSTER_VIRTUAL_IMAGE, VIRTUAL_IMAGE, VIRTUAL_DISK);

  private BlockDeviceKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "ClusterVirtualImage"}
   * @return the member
   */
  @JsonCreator
  public static BlockDeviceKind of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<BlockDeviceKind> knownValues() {
    return MEMBERS.known();
  }
}
