package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.Condition;
import dev.dvp.model.Finding;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressLeasePhase;
import dev.dvp.model.VirtualMachineIPAddressLeaseStatus;
import dev.dvp.model.Violation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads lease objects into a pool, reporting what does not fit instead of merging it. Stateless.
 */
final class LeaseImport {
  /** DVP's vmipl webhook message for a name that does not decode to an IP address. */
  static final String BAD_NAME = "the VirtualMachineIpAddressLease address is not a valid textual representation of"
      + " an IP address";

  private LeaseImport() {}

  static List<Finding> into(IpPool pool, Collection<VirtualMachineIPAddressLease> objects) {
    List<Finding> findings = new ArrayList<>();
    Map<Integer, String> firstName = new HashMap<>();
    for (VirtualMachineIPAddressLease object : objects) {
      Optional<Ipv4Address> address = IpLeaseNames.addressOf(object);
      if (address.isEmpty()) {
        findings.add(new Finding(object, Violation.error("metadata.name", "ipam.lease.badName", BAD_NAME
            + ": " + GoQuote.quote(object.name()) + " does not decode to an IPv4 address; the lease is left out."
            + " Maybe name it ip-<a>-<b>-<c>-<d>")));
        continue;
      }
      Ipv4Address a = address.get();
      String first = firstName.putIfAbsent(a.bits(), object.name());
      if (first != null) {
        findings.add(new Finding(object, Violation.error("metadata.name", "ipam.lease.duplicate",
            "two leases for " + a + ": " + first + " was read first; this one is left out, not merged. Maybe"
                + " delete one of them")));
        continue;
      }
      IpLease lease = toLease(a, object);
      pool.put(lease);
      if (pool.cidrs().rangeOf(a).isEmpty()) {
        findings.add(new Finding(object, Violation.warning("metadata.name", "ipam.lease.outOfRange",
            "lease " + object.name() + " holds " + a + ", which is outside every CIDR of virtualMachineCIDRs "
                + pool.cidrs().written() + ": DVP keeps the address allocated but never hands it out. Maybe"
                + " delete the lease or configure its CIDR")));
      }
      if (lease.ref().isEmpty()) {
        findings.add(new Finding(object, Violation.error("spec.virtualMachineIPAddressRef", "ipam.lease.orphan",
            "lease " + object.name() + " has no spec.virtualMachineIPAddressRef: DVP's lease controller cannot"
                + " process it, so " + a + " stays blocked until the lease is deleted by hand. Maybe delete it")));
      }
    }
    return findings;
  }

  static IpLease toLease(Ipv4Address address, VirtualMachineIPAddressLease object) {
    Optional<VirtualMachineIPAddressLeaseStatus> status = object.status();
    Optional<Condition> bound = status.flatMap(s -> s.condition("Bound"));
    IpLease.State state;
    if (bound.isPresent() && bound.get().reason().equals("Released")) {
      state = IpLease.State.RELEASED;
    } else if (bound.isPresent() && bound.get().reason().equals("Bound")) {
      state = IpLease.State.BOUND;
    } else {
      Optional<VirtualMachineIPAddressLeasePhase> phase = status.flatMap(VirtualMachineIPAddressLeaseStatus::phase);
      state = phase.map(p -> p.equals(VirtualMachineIPAddressLeasePhase.RELEASED) ? IpLease.State.RELEASED
          : p.equals(VirtualMachineIPAddressLeasePhase.BOUND) ? IpLease.State.BOUND : IpLease.State.NEW)
          .orElse(IpLease.State.NEW);
    }
    Optional<Instant> since = bound.map(Condition::lastTransitionTime).filter(t -> !t.isEmpty()).flatMap(t -> {
      try {
        return Optional.of(Instant.parse(t).truncatedTo(ChronoUnit.SECONDS));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
    Optional<String> uid = Optional.ofNullable(object.metadata().labels()
        .get(VirtualMachineIPAddressLease.VIRTUAL_MACHINE_IP_ADDRESS_UID_LABEL));
    return new IpLease(address, object.ref(), uid, state, since);
  }
}
