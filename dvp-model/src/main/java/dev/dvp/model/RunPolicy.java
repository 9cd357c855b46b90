package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The VM startup policy ({@code spec.runPolicy}); the CRD default is {@code AlwaysOnUnlessStoppedManually}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class RunPolicy extends OpenEnum<RunPolicy> {
  /** The VM always runs, even after the guest powers off. */
  public static final RunPolicy ALWAYS_ON = new RunPolicy("AlwaysOn", true);
  /** The VM stays stopped. */
  public static final RunPolicy ALWAYS_OFF = new RunPolicy("AlwaysOff", true);
  /** The user starts and stops the VM; a guest power-off stops it. */
  public static final RunPolicy MANUAL = new RunPolicy("Manual", true);
  /** The VM runs until the user stops it; a guest power-off stops it. */
  public static final RunPolicy ALWAYS_ON_UNLESS_STOPPED_MANUALLY = new RunPolicy("AlwaysOnUnlessStoppedManually", true);

  private static final OpenEnumMembers<RunPolicy> MEMBERS =
      new OpenEnumMembers<>(v -> new RunPolicy(v, false), ALWAYS_ON, ALWAYS_OFF, MANUAL, ALWAYS_ON_UNLESS_STOPPED_MANUALLY);

  private RunPolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "AlwaysOn"}
   * @return the member
   */
  @JsonCreator
  public static RunPolicy of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<RunPolicy> knownValues() {
    return MEMBERS.known();
  }
}
