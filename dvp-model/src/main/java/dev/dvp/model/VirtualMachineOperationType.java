package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of operation a VirtualMachineOperation performs ({@code spec.type}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineOperationType extends OpenEnum<VirtualMachineOperationType> {
  /** Restart the VM. */
  public static final VirtualMachineOperationType RESTART = new VirtualMachineOperationType("Restart", true);
  /** Start a stopped VM. */
  public static final VirtualMachineOperationType START = new VirtualMachineOperationType("Start", true);
  /** Stop the VM. */
  public static final VirtualMachineOperationType STOP = new VirtualMachineOperationType("Stop", true);
  /** Live-migrate the VM to another node. */
  public static final VirtualMachineOperationType MIGRATE = new VirtualMachineOperationType("Migrate", true);
  /** Live-migrate the VM off its current node. */
  public static final VirtualMachineOperationType EVICT = new VirtualMachineOperationType("Evict", true);
  /** Restore the VM from a snapshot. */
  public static final VirtualMachineOperationType RESTORE = new VirtualMachineOperationType("Restore", true);
  /** Clone the VM. */
  public static final VirtualMachineOperationType CLONE = new VirtualMachineOperationType("Clone", true);

  private static final OpenEnumMembers<VirtualMachineOperationType> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineOperationType(v, false), RESTART, START, STOP, MIGRATE, EVICT, RESTORE, CLONE);

  private VirtualMachineOperationType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Restart"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineOperationType of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineOperationType> knownValues() {
    return MEMBERS.known();
  }
}
