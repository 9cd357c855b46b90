package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of resource a VirtualDisk is created from ({@code spec.dataSource.objectRef.kind}); a disk cannot be created from another VirtualDisk.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualDiskObjectRefKind extends OpenEnum<VirtualDiskObjectRefKind> {
  /** A cluster-wide image. */
  public static final VirtualDiskObjectRefKind CLUSTER_VIRTUAL_IMAGE = new VirtualDiskObjectRefKind("ClusterVirtualImage", true);
  /** An image of the disk's namespace. */
  public static final VirtualDiskObjectRefKind VIRTUAL_IMAGE = new VirtualDiskObjectRefKind("VirtualImage", true);
  /** A snapshot of a disk in the disk's namespace. */
  public static final VirtualDiskObjectRefKind VIRTUAL_DISK_SNAPSHOT = new VirtualDiskObjectRefKind("VirtualDiskSnapshot", true);

  private static final OpenEnumMembers<VirtualDiskObjectRefKind> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualDiskObjectRefKind(v, false), CLUSTER_VIRTUAL_IMAGE, VIRTUAL_IMAGE, VIRTUAL_DISK_SNAPSHOT);

  private VirtualDiskObjectRefKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "ClusterVirtualImage"}
   * @return the member
   */
  @JsonCreator
  public static VirtualDiskObjectRefKind of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualDiskObjectRefKind> knownValues() {
    return MEMBERS.known();
  }
}
