package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The phase of a VirtualMachineMACAddressLease ({@code status.phase}); the CRD knows only {@code Bound}.
 *
 * <p>An {@link OpenEnum}: a value this SDK does not know is kept, written back and reported by validation.
 */
public final class VirtualMachineMACAddressLeasePhase extends OpenEnum<VirtualMachineMACAddressLeasePhase> {
  /** The lease is bound to a VirtualMachineMACAddress. */
  public static final VirtualMachineMACAddressLeasePhase BOUND = new VirtualMachineMACAddressLeasePhase("Bound", true);

  private static final OpenEnumMembers<VirtualMachineMACAddressLeasePhase> MEMBERS =
      new OpenEnumMembers<>(v -> new VirtualMachineMACAddressLeasePhase(v, false), BOUND);

  private VirtualMachineMACAddressLeasePhase(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the member with this wire value, or an unknown member that keeps it.
   *
   * @param value the wire value, e.g. {@code "Bound"}
   * @return the member
   */
  @JsonCreator
  public static VirtualMachineMACAddressLeasePhase of(String value) {
    return MEMBERS.of(value);
  }

  /** @return the members the CRD declares, in its order */
  public static List<VirtualMachineMACAddressLeasePhase> knownValues() {
    return MEMBERS.known();
  }
}
