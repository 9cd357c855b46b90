package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * What the scheduler does when a topology spread constraint cannot be satisfied.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class WhenUnsatisfiable extends OpenEnum<WhenUnsatisfiable> {
  /** Do not schedule the pod. */
  public static final WhenUnsatisfiable DO_NOT_SCHEDULE = new WhenUnsatisfiable("DoNotSchedule", true);
  /** Schedule it, preferring nodes that reduce the skew. */
  public static final WhenUnsatisfiable SCHEDULE_ANYWAY = new WhenUnsatisfiable("ScheduleAnyway", true);

  private static final OpenEnumMembers<WhenUnsatisfiable> MEMBERS =
      new OpenEnumMembers<>(v -> new WhenUnsatisfiable(v, false), DO_NOT_SCHEDULE, SCHEDULE_ANYWAY);

  private WhenUnsatisfiable(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "DoNotSchedule"}
   * @return the member
   */
  @JsonCreator
  public static WhenUnsatisfiable of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<WhenUnsatisfiable> knownValues() {
    return MEMBERS.known();
  }
}
