package dev.dvp.ipam;

import java.util.Objects;
import java.util.Optional;

/**
 * What DVP's vmmac controller makes of a MAC claim: bound with an address, or the {@code Bound} condition's reason and
 * message word for word.
 *
 * <p>Immutable and thread-safe.
 *
 * @param isBound whether the claim is bound to its lease
 * @param address the claim's {@code status.address}, if set
 * @param reason the {@code Bound} condition's reason
 * @param message the {@code Bound} condition's message (empty when bound)
 */
public record MacClaimResult(boolean isBound, Optional<MacAddress> address, String reason, String message) {
  /** The address is held by another claim's lease. */
  public static final String LEASE_ALREADY_EXISTS = "VirtualMachineMACAddressLeaseAlreadyExists";
  /** No address left, or the request cannot be read. */
  public static final String LEASE_NOT_READY = "VirtualMachineMACAddressLeaseNotReady";

  /**
   * Creates a result.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public MacClaimResult {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** @return the lease name, e.g. {@code mac-5e-e6-19-22-0f-d8}, when an address is known */
  public Optional<String> leaseName() {
    return address.map(MacAddress::leaseName);
  }
}
