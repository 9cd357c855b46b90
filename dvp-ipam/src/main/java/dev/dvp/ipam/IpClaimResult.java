package dev.dvp.ipam;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachineIPAddressPhase;
import java.util.Objects;
import java.util.Optional;

/**
 * What DVP's controller makes of an IP claim: its {@code Bound} condition (reason and message word for word) and the
 * address it reports, once the claim and its lease have settled.
 *
 * <pre>{@code
 * IpClaimResult r = pool.allocate("default", "linux-vm-7prpx");
 * r.isBound();        // true
 * r.leaseName();      // Optional[ip-10-66-10-1]
 * r.condition();      // Bound=True, reason Bound
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param isBound whether the claim is bound to its lease ({@code Bound=True})
 * @param address the claim's {@code status.address}, if DVP sets one
 * @param reason the {@code Bound} condition's reason, e.g. {@link #BOUND} or {@link #LEASE_NOT_READY}
 * @param message the {@code Bound} condition's message (empty when bound)
 */
public record IpClaimResult(boolean isBound, Optional<Ipv4Address> address, String reason, String message) {
  /** The claim is bound to its lease. */
  public static final String BOUND = "Bound";
  /** The static address is outside every CIDR's range. */
  public static final String OUT_OF_RANGE = "VirtualMachineIPAddressIsOutOfTheValidRange";
  /** The address is held by another lease. */
  public static final String LEASE_ALREADY_EXISTS = "VirtualMachineIPAddressLeaseAlreadyExists";
  /** The lease the claim had is gone; DVP does not allocate again. */
  public static final String LEASE_LOST = "VirtualMachineIPAddressLeaseLost";
  /** Creating the lease failed or raced. */
  public static final String LEASE_NOT_FOUND = "VirtualMachineIPAddressLeaseNotFound";
  /** Waiting, or refused: no address left, another namespace's lease, another claim's lease. */
  public static final String LEASE_NOT_READY = "VirtualMachineIPAddressLeaseNotReady";

  /**
   * Creates a result.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public IpClaimResult {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  static IpClaimResult bound(Ipv4Address address) {
    return new IpClaimResult(true, Optional.of(address), BOUND, "");
  }

  static IpClaimResult pending(Optional<Ipv4Address> address, String reason, String message) {
    return new IpClaimResult(false, address, reason, message);
  }

  /** @return the name of the claim's lease, e.g. {@code ip-10-66-10-14}, when an address is known */
  public Optional<String> leaseName() {
    return address.map(Ipv4Address::leaseName);
  }

  /** @return the claim's phase as DVP sets it: {@code Bound} when bound (before a VM attaches), else {@code Pending} */
  public VirtualMachineIPAddressPhase phase() {
    return isBound ? VirtualMachineIPAddressPhase.BOUND : VirtualMachineIPAddressPhase.PENDING;
  }

  /** @return the {@code Bound} condition, without a transition time */
  public Condition condition() {
    return Condition.builder().type("Bound").status(isBound ? ConditionStatus.TRUE : ConditionStatus.FALSE)
        .reason(reason).message(message).build();
  }

  @Override
  public String toString() {
    return (isBound ? "Bound" : "Pending") + address.map(a -> " " + a).orElse("") + " (" + reason
        + (message.isEmpty() ? "" : ": " + message) + ")";
  }
}
