package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressRef;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Bound} outcome a VirtualMachineIPAddress gets from a lease DVP found for it: the controller's Bind and
 * Take steps ({@code images/virtualization-artifact/pkg/controller/vmip/internal/step/bind_step.go},
 * {@code take_lease_step.go}). When no lease exists DVP runs the Create step, which needs the set of allocated
 * addresses: use {@link IpPool#claim(dev.dvp.model.VirtualMachineIPAddress)} for that.
 *
 * <pre>{@code
 * IpClaimResult r = IpClaimBinding.of(claim, lease);  // Bound=True when the lease references the claim and is Bound
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class IpClaimBinding {
  private IpClaimBinding() {}

  /**
   * Binds a claim to its lease, or tells why not. {@code status.address} is taken from the lease's name in every
   * case, even when the lease belongs to someone else, as DVP does. A free lease (no reference, or released in the
   * claim's namespace) is taken over: DVP writes the reference and reports that it is waiting for the update.
   *
   * @param claim the vmip; its name, namespace (absent = {@code default}) are used
   * @param lease the lease found for it (by name from the assigned address, or by the claim-UID label)
   * @return {@code Bound=True/Bound} when the lease references the claim and its own {@code Bound} is True and
   *     current, else {@code Bound=False/VirtualMachineIPAddressLeaseNotReady} with DVP's message
   */
  public static IpClaimResult of(VirtualMachineIPAddress claim, VirtualMachineIPAddressLease lease) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(lease, "lease");
    String namespace = claim.namespace().orElse("default");
    Optional<Ipv4Address> address = IpLeaseNames.addressOf(lease);
    String quotedLease = GoQuote.quote(lease.name());
    Optional<VirtualMachineIPAddressRef> ref = lease.ref();
    if (ref.isPresent() && ref.get().namespace().equals(namespace) && ref.get().name().equals(claim.name())) {
      if (isBoundAndCurrent(lease)) {
        return new IpClaimResult(true, address, IpClaimResult.BOUND, "");
      }
      return IpClaimResult.pending(address, IpClaimResult.LEASE_NOT_READY,
          "Waiting for the VirtualMachineIPAddressLease " + quotedLease + " to be bound.");
    }
    String refNamespace = ref.map(VirtualMachineIPAddressRef::namespace).orElse("");
    if (!refNamespace.isEmpty() && !refNamespace.equals(namespace)) {
      return IpClaimResult.pending(address, IpClaimResult.LEASE_NOT_READY,
          "The VirtualMachineIPAddressLease " + quotedLease + " belongs to a different namespace.");
    }
    String uidLabel = lease.metadata().labels()
        .getOrDefault(VirtualMachineIPAddressLease.VIRTUAL_MACHINE_IP_ADDRESS_UID_LABEL, "");
    if (!ref.map(VirtualMachineIPAddressRef::name).orElse("").isEmpty() || !uidLabel.isEmpty()) {
      return IpClaimResult.pending(address, IpClaimResult.LEASE_NOT_READY, "The VirtualMachineIPAddressLease "
          + quotedLease + " already has a reference to another VirtualMachineIPAddress.");
    }
    return IpClaimResult.pending(address, IpClaimResult.LEASE_NOT_READY,
        "Waiting for the reference of the VirtualMachineIPAddressLease " + quotedLease + " to be updated.");
  }

  /** A condition is current only when computed from the object's present generation (absent counts as 0, as in Go). */
  static boolean isBoundAndCurrent(VirtualMachineIPAddressLease lease) {
    long generation = lease.metadata().generation().orElse(0L);
    return lease.status().flatMap(s -> s.condition("Bound"))
        .filter(c -> c.status().equals(ConditionStatus.TRUE))
        .filter(c -> c.observedGeneration().orElse(0L) == generation)
        .isPresent();
  }
}
