package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/** The status of a {@link Condition}: {@code True}, {@code False} or {@code Unknown}. */
public final class ConditionStatus extends OpenEnum<ConditionStatus> {
  /** The condition holds. */
  public static final ConditionStatus TRUE = new ConditionStatus("True", true);
  /** The condition does not hold. */
  public static final ConditionStatus FALSE = new ConditionStatus("False", true);
  /** It is not known whether the condition holds. */
  public static final ConditionStatus UNKNOWN = new ConditionStatus("Unknown", true);

  private static final OpenEnumMembers<ConditionStatus> MEMBERS =
      new OpenEnumMembers<>(v -> new ConditionStatus(v, false), TRUE, FALSE, UNKNOWN);

  private ConditionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "True"}
   * @return the member
   */
  @JsonCreator
  public static ConditionStatus of(String value) {
    return MEMBERS.of(value);
  }

  /**
   * Returns {@link #TRUE} or {@link #FALSE}.
   *
   * @param value the boolean
   * @return the matching status
   */
  public static ConditionStatus of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** @return the members the CRD declares, in its order */
  public static List<ConditionStatus> knownValues() {
    return MEMBERS.known();
  }
}
