package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import dev.dvp.model.VirtualMachineIPAddressType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The VM IP pool of a cluster: its CIDRs, its leases, and DVP's rules for claiming, releasing, keeping and reclaiming
 * addresses. One pool per cluster (per {@code virtualMachineCIDRs}).
 *
 * <pre>{@code
 * IpPool pool = IpPool.create(VirtualMachineCidrs.parse(List.of("10.66.10.0/24")), IpPoolOptions.defaults());
 * IpClaimResult auto = pool.allocate("default", "linux-vm-7prpx");            // 10.66.10.1, lease ip-10-66-10-1
 * IpClaimResult fixed = pool.allocateStatic("default", "linux-vm-custom-ip", "10.66.10.14");
 * pool.release("default", "linux-vm-custom-ip");     // Released; kept 10 minutes for namespace "default"
 * List<VirtualMachineIPAddressLease> leases = pool.export();
 * }</pre>
 *
 * <p><b>Rules</b> ({@code images/virtualization-artifact/pkg/controller/vmip/internal/service/ip_address_service.go},
 * the vmip and vmiplease controllers): automatic claims take the lowest free address, CIDRs in the configured order,
 * each walked from its address as written, skipping network and broadcast addresses ({@link AllocationOrder#RANDOM}
 * instead draws a uniformly random free address from the injected generator). Released leases keep their address
 * from automatic claims until the retention (10 minutes by default) has passed on the injected clock; within it a
 * static claim from the same namespace takes the lease back, one from another namespace stays pending with DVP's
 * message. A claim whose lease disappeared is reported lost and not given a new address, as DVP does. Deviations from
 * DVP, by default: a /32 entry is never offered (DVP offers it and jams); expired leases are removed whenever the pool
 * is used, so every waiting claim sees a freed address at once (DVP re-queues only claims of the lease's old
 * namespace).
 *
 * <p><b>Performance</b>: one bit per address plus a 1/64 summary (see the benchmarks); allocation in DVP's order costs
 * the same whether the pool is empty or nearly full.
 *
 * <p><b>Thread-safety</b>: thread-safe. Every method takes the pool's lock, so operations are linearizable: the
 * result equals some sequential order of the calls. The pool never hands out one address to two live leases.
 */
public final class IpPool {
  private final VirtualMachineCidrs cidrs;
  private final IpPoolOptions options;
  private final CidrSegment[] segments;
  private final LongObjectMap<IpLeaseEntry> leases = new LongObjectMap<>();
  private final Map<String, Map<String, IpLeaseEntry>> byClaim = new HashMap<>();
  private final Map<String, IpLeaseEntry> byUid = new HashMap<>();
  private final PriorityQueue<Release> releases = new PriorityQueue<>();
  private final ReentrantLock lock = new ReentrantLock();

  private record Release(long at, IpLeaseEntry entry) implements Comparable<Release> {
    @Override
    public int compareTo(Release o) {
      return Long.compare(at, o.at);
    }
  }

  private IpPool(VirtualMachineCidrs cidrs, IpPoolOptions options) {
    this.cidrs = cidrs;
    this.options = options;
    List<Cidr> usable = cidrs.usable();
    this.segments = new CidrSegment[usable.size()];
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new CidrSegment(usable.get(i), options.fidelity());
    }
  }

  /**
   * Creates an empty pool over the usable CIDRs (see {@link VirtualMachineCidrs#violations()} for the others).
   *
   * @param cidrs the checked {@code virtualMachineCIDRs}
   * @param options order, retention, clock, fidelity
   * @return the pool
   * @throws IllegalArgumentException if {@link AllocationOrder#RANDOM} is chosen without a generator
   */
  public static IpPool create(VirtualMachineCidrs cidrs, IpPoolOptions options) {
    Objects.requireNonNull(cidrs, "cidrs");
    Objects.requireNonNull(options, "options");
    if (options.order() == AllocationOrder.RANDOM && options.random().isEmpty()) {
      throw new IllegalArgumentException("AllocationOrder.RANDOM needs a seeded RandomGenerator: use"
          + " IpPoolOptions.builder().random(generator)");
    }
    return new IpPool(cidrs, options);
  }

  /**
   * Rebuilds a pool from lease objects ({@code kubectl get vmipl -o yaml}). Inconsistent input is reported, never
   * merged: a second lease for an address is left out and reported; a lease whose name is not an IPv4 address is
   * left out and reported; a lease outside every CIDR or without a reference is kept (DVP counts it as allocated)
   * and reported.
   *
   * @param cidrs the checked {@code virtualMachineCIDRs}
   * @param leaseObjects the leases
   * @param options order, retention, clock, fidelity
   * @return the pool and the findings
   */
  public static IpPoolRebuild rebuild(VirtualMachineCidrs cidrs,
      Collection<VirtualMachineIPAddressLease> leaseObjects, IpPoolOptions options) {
    IpPool pool = create(cidrs, options);
    return new IpPoolRebuild(pool, LeaseImport.into(pool, leaseObjects));
  }

  /** @return the CIDRs the pool was built from */
  public VirtualMachineCidrs cidrs() {
    return cidrs;
  }

  /** @return the pool's options */
  public IpPoolOptions options() {
    return options;
  }

  /**
   * Claims an address for a VirtualMachineIPAddress, as DVP's controller settles it
   * ({@code images/virtualization-artifact/pkg/controller/vmip/internal/step/}): binds to its existing lease, takes a
   * free lease of its static address, creates a lease, or reports why not.
   *
   * @param claim the vmip; its namespace defaults to {@code default}; its UID, {@code spec} and
   *     {@code status.address} are used
   * @return the outcome
   */
  public IpClaimResult claim(VirtualMachineIPAddress claim) {
    String staticIp = claim.spec().staticIP().orElse("");
    String statusAddress = claim.status().flatMap(VirtualMachineIPAddressStatus::address).orElse("");
    return bind(claim.namespace().orElse("default"), claim.name(), claim.metadata().uid().orElse(""),
        claim.spec().type().equals(VirtualMachineIPAddressType.STATIC), staticIp, statusAddress);
  }

  /**
   * Claims the next automatic address for a new Auto claim.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name, e.g. {@code linux-vm-7prpx}
   * @return the outcome: bound with the address, or {@code Failed to allocate new IP address: no remaining ips.}
   */
  public IpClaimResult allocate(String namespace, String name) {
    return bind(namespace, name, "", false, "", "");
  }

  /**
   * Claims a static address for a new Static claim.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @param address the requested address, e.g. {@code "10.66.20.77"}
   * @return the outcome: bound, taken back from a released lease of the same namespace, or refused with DVP's reason
   */
  public IpClaimResult allocateStatic(String namespace, String name, String address) {
    return bind(namespace, name, "", true, address, "");
  }

  /**
   * Releases the lease of a deleted claim
   * ({@code images/virtualization-artifact/pkg/controller/vmiplease/internal/lifecycle_handler.go}): the lease turns
   * Released, keeps the namespace, clears the claim's name and UID label, and starts its retention clock.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @return the released lease, or empty when the claim held none
   */
  public Optional<IpLease> release(String namespace, String name) {
    lock.lock();
    try {
      long now = now();
      expire(now);
      IpLeaseEntry entry = claimed(namespace, name);
      if (entry == null) {
        return Optional.empty();
      }
      unindex(entry);
      entry.namespace = namespace;
      entry.name = "";
      entry.hasRef = true;
      entry.uid = "";
      entry.state = IpLease.State.RELEASED;
      entry.since = now;
      releases.add(new Release(now, entry));
      return Optional.of(entry.toLease());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes the released leases whose retention has passed on the clock
   * ({@code images/virtualization-artifact/pkg/controller/vmiplease/internal/retention_handler.go}: elapsed since the
   * release ≥ retention). Every other method does this first, so calling it is only needed to learn what expired.
   *
   * @return the deleted leases, oldest release first
   */
  public List<IpLease> expire() {
    lock.lock();
    try {
      return expire(now());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the addresses the next automatic claims would take in DVP's lowest-free order, without taking them.
   *
   * @param count how many, at least 0
   * @return up to {@code count} addresses, in the order they would be taken
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<Ipv4Address> peek(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, got " + count);
    }
    lock.lock();
    try {
      expire(now());
      List<Ipv4Address> out = new ArrayList<>(Math.min(count, 1024));
      Set<Long> seen = new HashSet<>();
      for (CidrSegment s : segments) {
        long from = 0;
        while (out.size() < count) {
          long index = s.nextFree(from);
          if (index < 0) {
            break;
          }
          from = index + 1;
          Ipv4Address a = s.addressAt(index);
          if (leases.get(a.unsigned()) != null || !seen.add(a.unsigned())) {
            continue;
          }
          if (!s.cidr.isInRange(a)) {
            return out;
          }
          out.add(a);
        }
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the lease of an address.
   *
   * @param address an address
   * @return its lease, if any
   */
  public Optional<IpLease> lease(Ipv4Address address) {
    lock.lock();
    try {
      expire(now());
      return Optional.ofNullable(leases.get(address.unsigned())).map(IpLeaseEntry::toLease);
    } finally {
      lock.unlock();
    }
  }

  /** @return every lease, in address order */
  public List<IpLease> leases() {
    return state().leases();
  }

  /** @return a snapshot: CIDRs, retention and leases */
  public IpPoolState state() {
    lock.lock();
    try {
      expire(now());
      List<IpLease> all = new ArrayList<>(leases.size());
      for (IpLeaseEntry e : leases.values()) {
        all.add(e.toLease());
      }
      all.sort((a, b) -> a.address().compareTo(b.address()));
      return new IpPoolState(cidrs.written(), options.retention(), all);
    } finally {
      lock.unlock();
    }
  }

  /** @return the leases as VirtualMachineIPAddressLease objects, in address order (see {@link LeaseExport}) */
  public List<VirtualMachineIPAddressLease> export() {
    return state().leases().stream().map(LeaseExport::toObject).toList();
  }

  /** @return per CIDR, in the configured order: automatic addresses, leases and free addresses */
  public List<CidrCapacity> capacity() {
    lock.lock();
    try {
      expire(now());
      List<CidrCapacity> out = new ArrayList<>(segments.length);
      for (CidrSegment s : segments) {
        long leased = leases.values().stream().filter(e -> s.cidr.contains(e.ip())).count();
        out.add(new CidrCapacity(s.cidr.text(), s.autoCandidates(), leased, s.autoFree()));
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** @return how many automatic addresses are free in all CIDRs together (an address in two CIDRs counts twice) */
  public long freeCount() {
    lock.lock();
    try {
      expire(now());
      long free = 0;
      for (CidrSegment s : segments) {
        free += s.autoFree();
      }
      return free;
    } finally {
      lock.unlock();
    }
  }

  /** @return how many leases the pool holds */
  public int size() {
    lock.lock();
    try {
      expire(now());
      return leases.size();
    } finally {
      lock.unlock();
    }
  }

  /** Adds a lease read from a cluster; the caller has checked that the address is not leased. */
  void put(IpLease lease) {
    lock.lock();
    try {
      IpLeaseEntry entry = IpLeaseEntry.of(lease);
      store(entry);
      if (entry.state == IpLease.State.RELEASED && entry.since != IpLeaseEntry.UNKNOWN) {
        releases.add(new Release(entry.since, entry));
      }
    } finally {
      lock.unlock();
    }
  }

  private IpClaimResult bind(String namespace, String name, String uid, boolean isStatic, String staticIp,
      String statusAddress) {
    lock.lock();
    try {
      long now = now();
      expire(now);
      if (isStatic && staticIp.isEmpty()) {
        return IpClaimResult.pending(Optional.empty(), IpClaimResult.LEASE_NOT_READY,
            "the 'Static IP' field should be set for the IP address with the 'Static' type");
      }
      String assigned = !staticIp.isEmpty() ? staticIp : statusAddress;
      IpLeaseEntry lease = null;
      if (!assigned.isEmpty()) {
        long v4 = IpText.to4(assigned);
        if (v4 < 0) {
          return notIpv4(assigned);
        }
        lease = leases.get(v4);
      } else if (!uid.isEmpty()) {
        lease = byUid.get(uid);
      }
      if (lease != null) {
        return bindOrTake(lease, namespace, name, uid, now);
      }
      if (!statusAddress.isEmpty()) {
        return IpClaimResult.pending(Ipv4Address.parse(IpLeaseNames.addressOf(IpLeaseNames.of(statusAddress))),
            IpClaimResult.LEASE_LOST, "The VirtualMachineIPAddressLease " + GoQuote.quote(IpLeaseNames.of(statusAddress))
                + " doesn't exist.");
      }
      // The same claim asking again (a retried reconcile, a caller that lost the answer) gets the lease it holds:
      // a second lease for one claim would leak, since release frees the claim's one lease.
      IpLeaseEntry held = claimed(namespace, name);
      if (held != null && assigned.isEmpty()) {
        return bindOrTake(held, namespace, name, uid, now);
      }
      if (held != null) {
        return IpClaimResult.pending(Optional.of(held.ip()), IpClaimResult.LEASE_ALREADY_EXISTS,
            "VirtualMachineIPAddress " + namespace + "/" + name + " already holds the VirtualMachineIPAddressLease "
                + GoQuote.quote(held.ip().leaseName()) + ". Maybe release it before claiming " + assigned);
      }
      if (isStatic) {
        Ipv4Address address = Ipv4Address.ofUnsigned(IpText.to4(staticIp));
        if (IpText.kind(staticIp) != IpText.Kind.IPV4 || cidrs.rangeOf(address).isEmpty()) {
          return IpClaimResult.pending(Optional.empty(), IpClaimResult.OUT_OF_RANGE,
              "The IP address " + GoQuote.quote(staticIp) + " is out of the valid range.");
        }
        return create(address, namespace, name, uid, now);
      }
      long address = nextAuto();
      if (address < 0) {
        return IpClaimResult.pending(Optional.empty(), IpClaimResult.LEASE_NOT_READY,
            "Failed to allocate new IP address: no remaining ips.");
      }
      Ipv4Address chosen = Ipv4Address.ofUnsigned(address);
      if (!cidrs.isInRange(chosen)) {
        // Only reachable in fidelity mode: DVP offers a /32's address, then its range check refuses it.
        return IpClaimResult.pending(Optional.empty(), IpClaimResult.OUT_OF_RANGE,
            "The IP address \"\" is out of the valid range.");
      }
      return create(chosen, namespace, name, uid, now);
    } finally {
      lock.unlock();
    }
  }

  private static IpClaimResult notIpv4(String assigned) {
    if (IpText.kind(assigned) == IpText.Kind.IPV6) {
      return IpClaimResult.pending(Optional.empty(), IpClaimResult.LEASE_NOT_READY,
          "IPv6 is not supported by DVP IPAM: DVP cannot name a lease for " + assigned + ", so the claim would stay"
              + " Pending. Maybe request an IPv4 address");
    }
    return IpClaimResult.pending(Optional.empty(), IpClaimResult.LEASE_NOT_READY, "the specified static IP address "
        + GoQuote.quote(assigned) + " is not a valid textual representation of an IP address");
  }

  private IpClaimResult bindOrTake(IpLeaseEntry lease, String namespace, String name, String uid, long now) {
    Ipv4Address address = lease.ip();
    if (lease.references(namespace, name)) {
      if (lease.state != IpLease.State.BOUND) {
        rebind(lease, namespace, name, uid.isEmpty() && lease.uid != null ? lease.uid : uid, now);
      }
      return IpClaimResult.bound(address);
    }
    String leaseName = GoQuote.quote(address.leaseName());
    if (lease.hasRef && !lease.namespace.isEmpty() && !lease.namespace.equals(namespace)) {
      return IpClaimResult.pending(Optional.of(address), IpClaimResult.LEASE_NOT_READY,
          "The VirtualMachineIPAddressLease " + leaseName + " belongs to a different namespace.");
    }
    if (lease.hasRef && !lease.name.isEmpty() || lease.uid != null && !lease.uid.isEmpty()) {
      return IpClaimResult.pending(Optional.of(address), IpClaimResult.LEASE_NOT_READY,
          "The VirtualMachineIPAddressLease " + leaseName
              + " already has a reference to another VirtualMachineIPAddress.");
    }
    rebind(lease, namespace, name, uid, now);
    return IpClaimResult.bound(address);
  }

  private void rebind(IpLeaseEntry lease, String namespace, String name, String uid, long now) {
    unindex(lease);
    lease.hasRef = true;
    lease.namespace = namespace;
    lease.name = name;
    lease.uid = uid;
    lease.state = IpLease.State.BOUND;
    lease.since = now;
    index(lease);
  }

  private IpClaimResult create(Ipv4Address address, String namespace, String name, String uid, long now) {
    store(new IpLeaseEntry(address.unsigned(), true, namespace, name, uid, IpLease.State.BOUND, now));
    return IpClaimResult.bound(address);
  }

  /** The next automatic address in the configured order, as an unsigned number; -1 when none is left. */
  private long nextAuto() {
    if (options.order() == AllocationOrder.RANDOM) {
      return nextRandom(options.random().orElseThrow());
    }
    for (CidrSegment s : segments) {
      long index;
      while ((index = s.lowestFree()) >= 0) {
        long a = s.addressAt(index).unsigned();
        if (leases.get(a) == null) {
          return a;
        }
        // Leased through an overlapping CIDR: mark it here too and look further.
        s.set(index);
      }
    }
    return -1;
  }

  private long nextRandom(RandomGenerator random) {
    while (true) {
      long total = 0;
      for (CidrSegment s : segments) {
        total += s.autoFree();
      }
      if (total == 0) {
        return -1;
      }
      long pick = random.nextLong(total);
      for (CidrSegment s : segments) {
        if (pick < s.autoFree()) {
          long index = s.randomFree(random);
          long a = s.addressAt(index).unsigned();
          if (leases.get(a) == null) {
            return a;
          }
          s.set(index);
          break;
        }
        pick -= s.autoFree();
      }
    }
  }

  private void store(IpLeaseEntry entry) {
    leases.put(entry.address, entry);
    Ipv4Address ip = entry.ip();
    for (CidrSegment s : segments) {
      long index = s.indexOf(ip);
      if (index >= 0) {
        s.set(index);
      }
    }
    index(entry);
  }

  private void index(IpLeaseEntry entry) {
    if (entry.hasRef && !entry.name.isEmpty()) {
      byClaim.computeIfAbsent(entry.namespace, ns -> new HashMap<>()).put(entry.name, entry);
    }
    if (entry.uid != null && !entry.uid.isEmpty()) {
      byUid.put(entry.uid, entry);
    }
  }

  private void unindex(IpLeaseEntry entry) {
    if (entry.hasRef && !entry.name.isEmpty()) {
      Map<String, IpLeaseEntry> names = byClaim.get(entry.namespace);
      if (names != null) {
        names.remove(entry.name, entry);
      }
    }
    if (entry.uid != null && !entry.uid.isEmpty()) {
      byUid.remove(entry.uid, entry);
    }
  }

  private IpLeaseEntry claimed(String namespace, String name) {
    Map<String, IpLeaseEntry> names = byClaim.get(namespace);
    return names == null ? null : names.get(name);
  }

  private List<IpLease> expire(long now) {
    List<IpLease> deleted = new ArrayList<>();
    long retention = options.retention().toSeconds();
    while (!releases.isEmpty() && releases.peek().at() + retention <= now) {
      Release r = releases.poll();
      IpLeaseEntry entry = r.entry();
      if (entry.state != IpLease.State.RELEASED || entry.since != r.at() || leases.get(entry.address) != entry) {
        continue;
      }
      leases.remove(entry.address);
      Ipv4Address ip = entry.ip();
      for (CidrSegment s : segments) {
        long index = s.indexOf(ip);
        if (index >= 0) {
          s.clear(index);
        }
      }
      deleted.add(entry.toLease());
    }
    return deleted;
  }

  /** The clock's time in whole seconds, the precision of Kubernetes condition times. */
  private long now() {
    return Math.floorDiv(options.clock().millis(), 1000L);
  }
}
