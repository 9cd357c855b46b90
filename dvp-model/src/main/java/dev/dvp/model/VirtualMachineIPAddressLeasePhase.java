package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineIPAddressLease ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineIPAddressLeasePhase extends OpenEnum<VirtualMachineIPAddressLeasePhase> {
  /** The lease is bound to a VirtualMachineIPAddress. */
  public static final VirtualMachineIPAddressLeasePhase BOUND = new VirtualMachineIPAddressLeasePhase("Bound", true);
  /** The lease's claim is gone; it is kept for the retention time (10 minutes by default) and can be taken back from the same namespace. */
  public static final VirtualMachineIPAddressLeasePhase RELEASED = new VirtualMachineIPAddressLeasePhase("Released", true);

  private static final OpenEnumMembers<VirtualMachineIPAddressLeasePhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineIPAddressLeasePhase(v, false), BOUND, RELEASED);

  private VirtualMachineIPAddressLeasePhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Bound"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineIPAddressLeasePhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineIPAddressLeasePhase> knownValues() {
    return MEMBERS.known();
  }
}
