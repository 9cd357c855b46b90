package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineClass ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineClassPhase extends OpenEnum<VirtualMachineClassPhase> {
  /** The class is not ready yet (e.g. no suitable nodes). */
  public static final VirtualMachineClassPhase PENDING = new VirtualMachineClassPhase("Pending", true);
  /** The class can be used. */
  public static final VirtualMachineClassPhase READY = new VirtualMachineClassPhase("Ready", true);
  /** The class is being deleted. */
  public static final VirtualMachineClassPhase TERMINATING = new VirtualMachineClassPhase("Terminating", true);

  private static final OpenEnumMembers<VirtualMachineClassPhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineClassPhase(v, false), PENDING, READY, TERMINATING);

  private VirtualMachineClassPhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineClassPhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineClassPhase> knownValues() {
    return MEMBERS.known();
  }
}
