package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.Finding;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachineMACAddressLease;
import dev.dvp.model.VirtualMachineMACAddressLeasePhase;
import dev.dvp.model.VirtualMachineMACAddressLeaseSpec;
import dev.dvp.model.VirtualMachineMACAddressLeaseStatus;
import dev.dvp.model.VirtualMachineMACAddressRef;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * The MAC addresses of a cluster's additional networks
 * ({@code images/virtualization-artifact/pkg/controller/vmmac/internal/service/mac_address_service.go},
 * {@code images/virtualization-artifact/pkg/common/mac/mac.go}): every generated address is the cluster's OUI
 * ({@link MacOui}) followed by three random octets drawn from the injected generator; requested addresses are compared
 * after normalisation; a lease is deleted as soon as its claim is released (no retention, unlike IP leases).
 *
 * <pre>{@code
 * MacPool pool = MacPool.create("17eb5ee6-192c-4048-b79e-a21eaf8b7121", RandomGeneratorFactory.of("L64X128MixRandom").create(1));
 * MacClaimResult r = pool.allocate("default", "linux-vm-mac-x7k2p");   // 5e:e6:19:xx:xx:xx
 * pool.release("default", "linux-vm-mac-x7k2p");                      // the lease is gone at once
 * }</pre>
 *
 * <p>Collisions: like DVP, a generated address already leased is drawn again, within DVP's budget of
 * {@code 16777216 − leases} attempts, after which DVP answers {@code no remaining MAC addresses}. By default the SDK
 * instead picks uniformly among the free addresses after 64 colliding draws, so allocation succeeds until all 2^24
 * addresses of the OUI are leased; {@code fidelity} keeps DVP's budget. Requested addresses are normalised (lowercase,
 * colons) before the duplicate check, where DVP's webhook compares raw strings and admits {@code 5E:E6:…} next to a
 * lease of {@code 5e:e6:…}.
 *
 * <p>Thread-safety: thread-safe; every method takes the pool's lock, and the generator is used only under it.
 */
public final class MacPool {
  private final long oui;
  private final RandomGenerator random;
  private final boolean fidelity;
  private final NicBitmap used;
  private final LongObjectMap<MacEntry> leases = new LongObjectMap<>();
  private final Map<String, Map<String, MacEntry>> byClaim = new HashMap<>();

  /** A lease in compact form; {@code namespace == null} when the lease has no reference. */
  private record MacEntry(long address, String namespace, String name, String uid) {
    MacLease toLease() {
      return new MacLease(new MacAddress(address), namespace == null ? Optional.empty()
          : Optional.of(VirtualMachineMACAddressRef.of(namespace, name)), Optional.ofNullable(uid));
    }
  }
  private final ReentrantLock lock = new ReentrantLock();

  private MacPool(long oui, RandomGenerator random, boolean fidelity, NicBitmap used) {
    this.oui = oui;
    this.random = random;
    this.fidelity = fidelity;
    this.used = used;
  }

  /**
   * Creates an empty pool with the SDK's collision guard.
   *
   * @param clusterUuid the cluster UUID, e.g. {@code 17eb5ee6-192c-4048-b79e-a21eaf8b7121}
   * @param random a seeded generator for the NIC octets
   * @return the pool
   * @throws IllegalArgumentException if the UUID is malformed (DVP: {@code wrong format MAC address oui})
   */
  public static MacPool create(String clusterUuid, RandomGenerator random) {
    return create(clusterUuid, random, false);
  }

  /**
   * Creates an empty pool.
   *
   * @param clusterUuid the cluster UUID
   * @param random a seeded generator for the NIC octets
   * @param fidelity {@code true} to keep DVP's attempt budget instead of the SDK's guaranteed pick
   * @return the pool
   * @throws IllegalArgumentException if the UUID is malformed
   */
  public static MacPool create(String clusterUuid, RandomGenerator random, boolean fidelity) {
    Objects.requireNonNull(random, "random");
    String oui = MacOui.fromClusterUuid(clusterUuid).orElseThrow(() -> new IllegalArgumentException(
        "wrong format MAC address oui: the cluster UUID " + GoQuote.quote(clusterUuid) + " is not of the form"
            + " xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Maybe copy global.discovery.clusterUUID"));
    return new MacPool(Long.parseLong(oui.replace(":", ""), 16), random, fidelity, new NicBitmap());
  }

  /** A pool over a given bitmap, so tests can start from a nearly full space. */
  static MacPool withBitmap(String clusterUuid, RandomGenerator random, boolean fidelity, NicBitmap used) {
    MacPool empty = create(clusterUuid, random, fidelity);
    return new MacPool(empty.oui, random, fidelity, used);
  }

  /**
   * Rebuilds a pool from lease objects ({@code kubectl get vmmacl -o yaml}); a second lease for one address (after
   * normalisation) and a name that is not a MAC are left out and reported, a lease without a reference is kept and
   * reported.
   *
   * @param clusterUuid the cluster UUID
   * @param random a seeded generator for the NIC octets
   * @param leaseObjects the leases
   * @return the pool and the findings about the lease objects
   */
  public static MacPoolRebuild rebuild(String clusterUuid, RandomGenerator random,
      Collection<VirtualMachineMACAddressLease> leaseObjects) {
    MacPool pool = create(clusterUuid, random);
    List<Finding> findings = new ArrayList<>();
    Map<Long, String> first = new HashMap<>();
    for (VirtualMachineMACAddressLease object : leaseObjects) {
      Optional<MacAddress> address = MacAddress.parse(MacLeaseNames.addressOf(object.name()));
      if (address.isEmpty()) {
        findings.add(new Finding(object, Violation.error("metadata.name", "ipam.macLease.badName",
            "the lease address is not a valid textual representation of an MAC address: "
                + GoQuote.quote(object.name()) + " is left out. Maybe name it mac-xx-xx-xx-xx-xx-xx")));
        continue;
      }
      String earlier = first.putIfAbsent(address.get().bits(), object.name());
      if (earlier != null) {
        findings.add(new Finding(object, Violation.error("metadata.name", "ipam.macLease.duplicate",
            "two leases for " + address.get() + ": " + earlier + " was read first; this one is left out, not"
                + " merged. Maybe delete one of them")));
        continue;
      }
      if (object.ref().isEmpty()) {
        findings.add(new Finding(object, Violation.error("spec.virtualMachineMACAddressRef",
            "ipam.macLease.orphan", "lease " + object.name() + " has no spec.virtualMachineMACAddressRef: DVP"
                + " cannot bind it and " + address.get() + " stays blocked. Maybe delete it")));
      }
      pool.lock.lock();
      try {
        pool.store(new MacEntry(address.get().bits(), object.ref().map(VirtualMachineMACAddressRef::namespace)
            .orElse(null), object.ref().map(VirtualMachineMACAddressRef::name).orElse(null),
            object.metadata().labels().get(VirtualMachineMACAddressLease.VIRTUAL_MACHINE_MAC_ADDRESS_UID_LABEL)));
      } finally {
        pool.lock.unlock();
      }
    }
    return new MacPoolRebuild(pool, findings);
  }

  /** @return the OUI, e.g. {@code 5e:e6:19} */
  public String oui() {
    return new MacAddress(oui << 24).toString().substring(0, 8);
  }

  /**
   * Generates and leases an address for a claim without {@code spec.address}.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @return bound with the address (the existing one if the claim already holds a lease), or
   *     {@code Failed to allocate new MAC address: no remaining MAC addresses.}
   */
  public MacClaimResult allocate(String namespace, String name) {
    lock.lock();
    try {
      MacEntry held = claimed(namespace, name);
      if (held != null) {
        return bound(new MacAddress(held.address()));
      }
      int nic = generate();
      if (nic < 0) {
        return new MacClaimResult(false, Optional.empty(), MacClaimResult.LEASE_NOT_READY,
            "Failed to allocate new MAC address: no remaining MAC addresses.");
      }
      MacAddress address = new MacAddress((oui << 24) | nic);
      store(new MacEntry(address.bits(), namespace, name, null));
      return bound(address);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Leases a requested address ({@code spec.address}), compared after normalisation.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @param requested the address as written, e.g. {@code 5E-E6-19-22-0F-D8}
   * @return bound, or refused with DVP's reason and message
   */
  public MacClaimResult allocate(String namespace, String name, String requested) {
    Optional<MacAddress> parsed = MacAddress.parse(requested);
    if (parsed.isEmpty()) {
      return new MacClaimResult(false, Optional.empty(), MacClaimResult.LEASE_NOT_READY,
          "invalid MAC address format");
    }
    lock.lock();
    try {
      MacAddress address = parsed.get();
      MacEntry lease = leases.get(address.bits());
      if (lease != null) {
        if (namespace.equals(lease.namespace()) && name.equals(lease.name())) {
          return bound(address);
        }
        return new MacClaimResult(false, Optional.empty(), MacClaimResult.LEASE_ALREADY_EXISTS, "The MAC address "
            + GoQuote.quote(address.toString()) + " belongs to existing VirtualMachineMACAddressLease and cannot"
            + " be taken.");
      }
      store(new MacEntry(address.bits(), namespace, name, null));
      return bound(address);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Releases a claim's lease: DVP deletes it at once (no retention), e.g. after its network was removed from the VM
   * and its vmmac deleted itself.
   *
   * @param namespace the claim's namespace
   * @param name the claim's name
   * @return the deleted lease, if the claim held one
   */
  public Optional<MacLease> release(String namespace, String name) {
    lock.lock();
    try {
      Map<String, MacEntry> names = byClaim.get(namespace);
      MacEntry held = names == null ? null : names.remove(name);
      if (held == null) {
        return Optional.empty();
      }
      leases.remove(held.address());
      if ((held.address() >>> 24) == oui) {
        used.clear((int) (held.address() & 0xFFFFFF));
      }
      return Optional.of(held.toLease());
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
  public Optional<MacLease> lease(MacAddress address) {
    lock.lock();
    try {
      return Optional.ofNullable(leases.get(address.bits())).map(MacEntry::toLease);
    } finally {
      lock.unlock();
    }
  }

  /** @return every lease, in address order */
  public List<MacLease> leases() {
    lock.lock();
    try {
      List<MacLease> all = new ArrayList<>(leases.size());
      for (MacEntry e : leases.values()) {
        all.add(e.toLease());
      }
      all.sort((a, b) -> a.address().compareTo(b.address()));
      return all;
    } finally {
      lock.unlock();
    }
  }

  /** @return how many leases the pool holds */
  public int size() {
    lock.lock();
    try {
      return leases.size();
    } finally {
      lock.unlock();
    }
  }

  /** @return the leases as bound VirtualMachineMACAddressLease objects, in address order */
  public List<VirtualMachineMACAddressLease> export() {
    return leases().stream().map(MacPool::toObject).toList();
  }

  private static VirtualMachineMACAddressLease toObject(MacLease lease) {
    var meta = ObjectMeta.builder().name(lease.name());
    lease.claimUid().ifPresent(uid -> meta.putLabel(
        VirtualMachineMACAddressLease.VIRTUAL_MACHINE_MAC_ADDRESS_UID_LABEL, uid));
    var out = VirtualMachineMACAddressLease.builder().metadata(meta.build());
    lease.ref().ifPresent(ref -> out.spec(VirtualMachineMACAddressLeaseSpec.of(ref))
        .status(VirtualMachineMACAddressLeaseStatus.builder()
            .phase(VirtualMachineMACAddressLeasePhase.BOUND)
            .addCondition(Condition.builder().type("Bound").status(ConditionStatus.TRUE).reason("Bound").build())
            .build()));
    return out.build();
  }

  private static MacClaimResult bound(MacAddress address) {
    return new MacClaimResult(true, Optional.of(address), "Bound", "");
  }

  /** A free NIC part, or -1 once DVP's attempt budget (or, with the guard, the space) is exhausted. */
  private int generate() {
    long budget = (long) NicBitmap.SPACE - leases.size();
    if (budget <= 0) {
      return -1;
    }
    return used.pickFree(random, fidelity ? budget : Math.min(budget, 64), fidelity);
  }

  private void store(MacEntry entry) {
    long bits = entry.address();
    leases.put(bits, entry);
    if ((bits >>> 24) == oui) {
      used.set((int) (bits & 0xFFFFFF));
    }
    if (entry.namespace() != null) {
      byClaim.computeIfAbsent(entry.namespace(), ns -> new HashMap<>()).put(entry.name(), entry);
    }
  }

  private MacEntry claimed(String namespace, String name) {
    Map<String, MacEntry> names = byClaim.get(namespace);
    return names == null ? null : names.get(name);
  }
}
