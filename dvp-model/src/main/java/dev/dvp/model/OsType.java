package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The guest OS type ({@code spec.osType}) that selects the set of virtual devices; the default is {@code Generic}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class OsType extends OpenEnum<OsType> {
  /** Microsoft Windows guests. */
  public static final OsType WINDOWS = new OsType("Windows", true);
  /** Any other modern OS. */
  public static final OsType GENERIC = new OsType("Generic", true);
  /** Old operating systems without virtio, cloud-init or Sysprep support. */
  public static final OsType LEGACY = new OsType("Legacy", true);

  private static final OpenEnumMembers<OsType> MEMBERS =
      new OpenEnumMembers<>(v -> new OsType(v, false), WINDOWS, GENERIC, LEGACY);

  private OsType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Windows"}
   * @return the member
   */
  @JsonCreator
  public static OsType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<OsType> knownValues() {
    return MEMBERS.known();
  }
}
