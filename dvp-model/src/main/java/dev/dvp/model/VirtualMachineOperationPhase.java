package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineOperation ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineOperationPhase extends OpenEnum<VirtualMachineOperationPhase> {
  /** The operation is queued. */
  public static final VirtualMachineOperationPhase PENDING = new VirtualMachineOperationPhase("Pending", true);
  /** The operation is being carried out. */
  public static final VirtualMachineOperationPhase IN_PROGRESS = new VirtualMachineOperationPhase("InProgress", true);
  /** The operation has finished successfully. */
  public static final VirtualMachineOperationPhase COMPLETED = new VirtualMachineOperationPhase("Completed", true);
  /** The operation has failed. */
  public static final VirtualMachineOperationPhase FAILED = new VirtualMachineOperationPhase("Failed", true);
  /** The operation is being deleted. */
  public static final VirtualMachineOperationPhase TERMINATING = new VirtualMachineOperationPhase("Terminating", true);
  /** A later operation on the same VM has replaced this one. */
  public static final VirtualMachineOperationPhase SUPERSEDED = new VirtualMachineOperationPhase("Superseded", true);

  private static final OpenEnumMembers<VirtualMachineOperationPhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineOperationPhase(v, false), PENDING, IN_PROGRESS, COMPLETED, FAILED, TERMINATING, SUPERSEDED);

  private VirtualMachineOperationPhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineOperationPhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineOperationPhase> knownValues() {
    return MEMBERS.known();
  }
}
