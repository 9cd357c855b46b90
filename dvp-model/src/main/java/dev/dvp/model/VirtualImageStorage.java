package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Where a VirtualImage keeps its data ({@code spec.storage}); the CRD default is {@code ContainerRegistry}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualImageStorage extends OpenEnum<VirtualImageStorage> {
  /** The DVCR container registry shipped with the virtualization module. */
  public static final VirtualImageStorage CONTAINER_REGISTRY = new VirtualImageStorage("ContainerRegistry", true);
  /** Deprecated PVC storage; admission warns and recommends {@code PersistentVolumeClaim}. */
  public static final VirtualImageStorage KUBERNETES = new VirtualImageStorage("Kubernetes", true);
  /** A PersistentVolumeClaim. */
  public static final VirtualImageStorage PERSISTENT_VOLUME_CLAIM = new VirtualImageStorage("PersistentVolumeClaim", true);

  private static final OpenEnumMembers<VirtualImageStorage> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualImageStorage(v, false), CONTAINER_REGISTRY, KUBERNETES, PERSISTENT_VOLUME_CLAIM);

  private VirtualImageStorage(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "ContainerRegistry"}
   * @return the member
   */
  @JsonCreator
  public static VirtualImageStorage of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualImageStorage> knownValues() {
    return MEMBERS.known();
  }
}
