package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineMACAddress ({@code status.phase}).
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineMACAddressPhase extends OpenEnum<VirtualMachineMACAddressPhase> {
  /** The claim waits for its lease. */
  public static final VirtualMachineMACAddressPhase PENDING = new VirtualMachineMACAddressPhase("Pending", true);
  /** The claim holds a bound VirtualMachineMACAddressLease. */
  public static final VirtualMachineMACAddressPhase BOUND = new VirtualMachineMACAddressPhase("Bound", true);
  /** The claim is attached to a VirtualMachine's network. */
  public static final VirtualMachineMACAddressPhase ATTACHED = new VirtualMachineMACAddressPhase("Attached", true);

  private static final OpenEnumMembers<VirtualMachineMACAddressPhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineMACAddressPhase(v, false), PENDING, BOUND, ATTACHED);

  private VirtualMachineMACAddressPhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Pending"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineMACAddressPhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineMACAddressPhase> knownValues() {
    return MEMBERS.known();
  }
}
