package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineIPAddress ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineIPAddressPhase extends OpenEnum<VirtualMachineIPAddressPhase> {
  /** The claim waits for its lease. */
  public static final VirtualMachineIPAddressPhase PENDING = new VirtualMachineIPAddressPhase("Pending", true);
  /** The claim holds a bound VirtualMachineIPAddressLease. */
  public static final VirtualMachineIPAddressPhase BOUND = new VirtualMachineIPAddressPhase("Bound", true);
  /** The claim is attached to a VirtualMachine. */
  public static final VirtualMachineIPAddressPhase ATTACHED = new VirtualMachineIPAddressPhase("Attached", true);

  private static final OpenEnumMembers<VirtualMachineIPAddressPhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineIPAddressPhase(v, false), PENDING, BOUND, ATTACHED);

  private VirtualMachineIPAddressPhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineIPAddressPhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineIPAddressPhase> knownValues() {
    return MEMBERS.known();
  }
}
