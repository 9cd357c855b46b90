package dev.dvp.ipam;

import dev.dvp.model.VirtualMachineMACAddressRef;
import java.util.Objects;
import java.util.Optional;

/**
 * One MAC lease as a {@link MacPool} holds it. MAC leases have no released state: DVP deletes a lease as soon as its
 * claim is gone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param address the leased address
 * @param ref {@code spec.virtualMachineMACAddressRef}; empty for a lease made by hand without one
 * @param claimUid the {@code virtual-machine-mac-address-uid} label, if present
 */
public record MacLease(MacAddress address, Optional<VirtualMachineMACAddressRef> ref, Optional<String> claimUid) {
  /**
   * Creates a lease.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public MacLease {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(claimUid, "claimUid");
  }

  /** @return the lease object's name, e.g. {@code mac-5e-e6-19-22-0f-d8} */
  public String name() {
    return address.leaseName();
  }

  /**
   * Tells whether the lease serves a claim.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @return {@code true} when the reference names exactly this claim
   */
  public boolean references(String namespace, String name) {
    return ref.map(r -> r.namespace().equals(namespace) && r.name().equals(name)).orElse(false);
  }
}
