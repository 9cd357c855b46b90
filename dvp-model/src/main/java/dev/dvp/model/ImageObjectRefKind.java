package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of resource a VirtualImage or ClusterVirtualImage is created from ({@code spec.dataSource.objectRef.kind}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class ImageObjectRefKind extends OpenEnum<ImageObjectRefKind> {
  /** A cluster-wide image. */
  public static final ImageObjectRefKind CLUSTER_VIRTUAL_IMAGE = new ImageObjectRefKind("ClusterVirtualImage", true);
  /** A namespaced image. */
  public static final ImageObjectRefKind VIRTUAL_IMAGE = new ImageObjectRefKind("VirtualImage", true);
  /** A namespaced disk. */
  public static final ImageObjectRefKind VIRTUAL_DISK = new ImageObjectRefKind("VirtualDisk", true);
  /** A snapshot of a namespaced disk. */
  public static final ImageObjectRefKind VIRTUAL_DISK_SNAPSHOT = new ImageObjectRefKind("VirtualDiskSnapshot", true);

  private static final OpenEnumMembers<ImageObjectRefKind> MEMBERS =
      new OpenEnumMembers<>(v -> new ImageObjectRefKind(v, false), CLUSTER_VIRTUAL_IMAGE, VIRTUAL_IMAGE, VIRTUAL_DISK, VIRTUAL_DISK_SNAPSHOT);

  private ImageObjectRefKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "ClusterVirtualImage"}
   * @return the member
   */
  @JsonCreator
  public static ImageObjectRefKind of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<ImageObjectRefKind> knownValues() {
    return MEMBERS.known();
  }
}
