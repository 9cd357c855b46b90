package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How changes that need a restart are applied ({@code spec.disruptions.restartApprovalMode}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class RestartApprovalMode extends OpenEnum<RestartApprovalMode> {
  /** Changes wait until the user restarts the VM. */
  public static final RestartApprovalMode MANUAL = new RestartApprovalMode("Manual", true);
  /** The VM restarts by itself to apply the changes. */
  public static final RestartApprovalMode AUTOMATIC = new RestartApprovalMode("Automatic", true);

  private static final OpenEnumMembers<RestartApprovalMode> MEMBERS =
      new OpenEnumMembers<>(v -> new RestartApprovalMode(v, false), MANUAL, AUTOMATIC);

  private RestartApprovalMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Manual"}
   * @return the member
   */
  @JsonCreator
  public static RestartApprovalMode of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<RestartApprovalMode> knownValues() {
    return MEMBERS.known();
  }
}
