package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The live-migration policy ({@code spec.liveMigrationPolicy}); the default is {@code PreferSafe}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class LiveMigrationPolicy extends OpenEnum<LiveMigrationPolicy> {
  /** Never throttle the vCPUs, for automatic and VMOP migrations alike. */
  public static final LiveMigrationPolicy ALWAYS_SAFE = new LiveMigrationPolicy("AlwaysSafe", true);
  /** Do not throttle automatic migrations; a VMOP with {@code force: true} may throttle. */
  public static final LiveMigrationPolicy PREFER_SAFE = new LiveMigrationPolicy("PreferSafe", true);
  /** Always allow vCPU throttling (AutoConverge). */
  public static final LiveMigrationPolicy ALWAYS_FORCED = new LiveMigrationPolicy("AlwaysForced", true);
  /** Throttle automatic migrations; a VMOP with {@code force: false} does not throttle. */
  public static final LiveMigrationPolicy PREFER_FORCED = new LiveMigrationPolicy("PreferForced", true);

  private static final OpenEnumMembers<LiveMigrationPolicy> MEMBERS =
      new OpenEnumMembers<>(v -> new LiveMigrationPolicy(v, false), ALWAYS_SAFE, PREFER_SAFE, ALWAYS_FORCED, PREFER_FORCED);

  private LiveMigrationPolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "AlwaysSafe"}
   * @return the member
   */
  @JsonCreator
  public static LiveMigrationPolicy of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<LiveMigrationPolicy> knownValues() {
    return MEMBERS.known();
  }
}
