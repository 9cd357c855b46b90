package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a restore or clone operation is carried out ({@code spec.restore.mode}, {@code spec.clone.mode}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineOperationSnapshotMode extends OpenEnum<VirtualMachineOperationSnapshotMode> {
  /** Only report what would be done. */
  public static final VirtualMachineOperationSnapshotMode DRY_RUN = new VirtualMachineOperationSnapshotMode("DryRun", true);
  /** Fail when a resource cannot be restored or cloned as it was. */
  public static final VirtualMachineOperationSnapshotMode STRICT = new VirtualMachineOperationSnapshotMode("Strict", true);
  /** Skip what cannot be restored or cloned. */
  public static final VirtualMachineOperationSnapshotMode BEST_EFFORT = new VirtualMachineOperationSnapshotMode("BestEffort", true);

  private static final OpenEnumMembers<VirtualMachineOperationSnapshotMode> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineOperationSnapshotMode(v, false), DRY_RUN, STRICT, BEST_EFFORT);

  private VirtualMachineOperationSnapshotMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "DryRun"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineOperationSnapshotMode of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineOperationSnapshotMode> knownValues() {
    return MEMBERS.known();
  }
}
