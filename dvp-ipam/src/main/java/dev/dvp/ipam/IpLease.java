package dev.dvp.ipam;

import dev.dvp.model.VirtualMachineIPAddressRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One IP lease as an {@link IpPool} holds it: the address, the claim it references, the claim's UID label, whether
 * it is bound or released, and when that last changed (the start of the retention clock for a released lease).
 * Exported as a {@link dev.dvp.model.VirtualMachineIPAddressLease} by {@link IpPool#export()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param address the leased address
 * @param ref {@code spec.virtualMachineIPAddressRef}; a released lease keeps the namespace with an empty name;
 *     empty for a lease made by hand without one
 * @param claimUid the {@code virtual-machine-ip-address-uid} label: the claim's UID, {@code ""} once released, empty
 *     when the label is absent
 * @param state bound, released, or new (no status yet)
 * @param since when {@code state} last changed, at second precision (Kubernetes' condition time); empty if unknown
 */
public record IpLease(Ipv4Address address, Optional<VirtualMachineIPAddressRef> ref, Optional<String> claimUid,
    State state, Optional<Instant> since) {
  /** Where a lease is in its life. */
  public enum State {
    /** No status yet (a lease made by hand, or before the lease controller ran). */
    NEW,
    /** Bound to its claim ({@code status.phase: Bound}). */
    BOUND,
    /** Its claim is gone; kept for the retention time ({@code status.phase: Released}). */
    RELEASED
  }

  /**
   * Creates a lease.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public IpLease {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(claimUid, "claimUid");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(since, "since");
  }

  /** @return the lease object's name, e.g. {@code ip-10-66-10-14} */
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

  /** @return whether the lease is released */
  public boolean isReleased() {
    return state == State.RELEASED;
  }

  @Override
  public String toString() {
    return name() + " " + state + ref.map(r -> " " + r.namespace() + "/" + r.name()).orElse(" (no ref)")
        + since.map(s -> " since " + s).orElse("");
  }

  static IpLease bound(Ipv4Address address, String namespace, String name, String uid, Instant since) {
    Objects.requireNonNull(uid, "uid");
    return new IpLease(address, Optional.of(VirtualMachineIPAddressRef.of(namespace, name)),
        Optional.of(uid), State.BOUND, Optional.of(since));
  }
}
