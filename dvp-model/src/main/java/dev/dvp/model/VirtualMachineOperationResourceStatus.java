package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The progress of one resource a restore or clone operation handles ({@code status.resources[].status}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineOperationResourceStatus extends OpenEnum<VirtualMachineOperationResourceStatus> {
  /** The resource is being processed. */
  public static final VirtualMachineOperationResourceStatus IN_PROGRESS = new VirtualMachineOperationResourceStatus("InProgress", true);
  /** The resource is done. */
  public static final VirtualMachineOperationResourceStatus COMPLETED = new VirtualMachineOperationResourceStatus("Completed", true);
  /** The resource failed. */
  public static final VirtualMachineOperationResourceStatus FAILED = new VirtualMachineOperationResourceStatus("Failed", true);

  private static final OpenEnumMembers<VirtualMachineOperationResourceStatus> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineOperationResourceStatus(v, false), IN_PROGRESS, COMPLETED, FAILED);

  private VirtualMachineOperationResourceStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "InProgress"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineOperationResourceStatus of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineOperationResourceStatus> knownValues() {
    return MEMBERS.known();
  }
}
