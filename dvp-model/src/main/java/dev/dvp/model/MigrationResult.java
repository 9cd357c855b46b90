package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The result of a VM's last live migration ({@code status.migrationState.result}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class MigrationResult extends OpenEnum<MigrationResult> {
  /** Not finished yet. */
  public static final MigrationResult EMPTY = new MigrationResult("", true);
  /** The migration succeeded. */
  public static final MigrationResult SUCCEEDED = new MigrationResult("Succeeded", true);
  /** The migration failed. */
  public static final MigrationResult FAILED = new MigrationResult("Failed", true);

  private static final OpenEnumMembers<MigrationResult> MEMBERS =
      new OpenEnumMembers<>(v -> new MigrationResult(v, false), EMPTY, SUCCEEDED, FAILED);

  private MigrationResult(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code ""}
   * @return the member
   */
  @JsonCreator
  public static MigrationResult of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<MigrationResult> knownValues() {
    return MEMBERS.known();
  }
}
