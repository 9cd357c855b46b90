package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The result of a VirtualDisk volume migration ({@code status.migrationState.result}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualDiskMigrationResult extends OpenEnum<VirtualDiskMigrationResult> {
  /** The migration finished. */
  public static final VirtualDiskMigrationResult SUCCEEDED = new VirtualDiskMigrationResult("Succeeded", true);
  /** The migration failed. */
  public static final VirtualDiskMigrationResult FAILED = new VirtualDiskMigrationResult("Failed", true);

  private static final OpenEnumMembers<VirtualDiskMigrationResult> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualDiskMigrationResult(v, false), SUCCEEDED, FAILED);

  private VirtualDiskMigrationResult(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Succeeded"}
   * @return the member
   */
  @JsonCreator
  public static VirtualDiskMigrationResult of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualDiskMigrationResult> knownValues() {
    return MEMBERS.known();
  }
}
