package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Where a VirtualDisk, VirtualImage or ClusterVirtualImage takes its data from ({@code spec.dataSource.type}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class DataSourceType extends OpenEnum<DataSourceType> {
  /** A file published on an HTTP/HTTPS server ({@code dataSource.http}). */
  public static final DataSourceType HTTP = new DataSourceType("HTTP", true);
  /** An image in a container registry ({@code dataSource.containerImage}). */
  public static final DataSourceType CONTAINER_IMAGE = new DataSourceType("ContainerImage", true);
  /** An existing image, disk or disk snapshot ({@code dataSource.objectRef}). */
  public static final DataSourceType OBJECT_REF = new DataSourceType("ObjectRef", true);
  /** Data the user uploads through the upload interface ({@code dataSource.upload}). */
  public static final DataSourceType UPLOAD = new DataSourceType("Upload", true);

  private static final OpenEnumMembers<DataSourceType> MEMBERS =
      new OpenEnumMembers<>(v -> new DataSourceType(v, false), HTTP, CONTAINER_IMAGE, OBJECT_REF, UPLOAD);

  private DataSourceType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "HTTP"}
   * @return the member
   */
  @JsonCreator
  public static DataSourceType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<DataSourceType> knownValues() {
    return MEMBERS.known();
  }
}
