package dev.dvp.ipam;

import dev.dvp.model.VirtualMachineIPAddressRef;
import java.time.Instant;
import java.util.Optional;

/**
 * The mutable, compact form of an {@link IpLease} inside an {@link IpPool}: plain fields instead of optionals, the
 * time in epoch seconds. Not thread-safe: only the pool touches it, under its lock.
 */
final class IpLeaseEntry {
  static final long UNKNOWN = Long.MIN_VALUE;

  final long address;
  boolean hasRef;
  String namespace;
  String name;
  /** The UID label, or {@code null} when absent. */
  String uid;
  IpLease.State state;
  long since;

  IpLeaseEntry(long address, boolean hasRef, String namespace, String name, String uid, IpLease.State state,
      long since) {
    this.address = address;
    this.hasRef = hasRef;
    this.namespace = namespace;
    this.name = name;
    this.uid = uid;
    this.state = state;
    this.since = since;
  }

  static IpLeaseEntry of(IpLease lease) {
    return new IpLeaseEntry(lease.address().unsigned(), lease.ref().isPresent(),
        lease.ref().map(VirtualMachineIPAddressRef::namespace).orElse(""),
        lease.ref().map(VirtualMachineIPAddressRef::name).orElse(""), lease.claimUid().orElse(null), lease.state(),
        lease.since().map(Instant::getEpochSecond).orElse(UNKNOWN));
  }

  boolean references(String ns, String n) {
    return hasRef && namespace.equals(ns) && name.equals(n);
  }

  Ipv4Address ip() {
    return Ipv4Address.ofUnsigned(address);
  }

  IpLease toLease() {
    return new IpLease(ip(), hasRef ? Optional.of(VirtualMachineIPAddressRef.of(namespace, name)) : Optional.empty(),
        Optional.ofNullable(uid), state, since == UNKNOWN ? Optional.empty() : Optional.of(Instant.ofEpochSecond(since)));
  }
}
