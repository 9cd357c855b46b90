package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.Finding;
import dev.dvp.model.ModuleConfig;
import dev.dvp.model.Node;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressRef;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressLease;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audits the IPAM objects of a set against each other and against {@code ModuleConfig/virtualization}: the CIDRs
 * (unparsable, IPv6, unusable, misaligned, overlapping, containing a node's address), lease names, two leases for one
 * address or one claim, leases outside every CIDR, leases without a reference or whose claim is not in the set,
 * claims whose lease is lost, static addresses outside the CIDRs or requested twice, and MAC addresses requested twice
 * (compared without regard to case or separators).
 *
 * <pre>{@code
 * IpamAuditReport report = IpamAudit.audit(ResourceSet.of(objects), IpPoolOptions.defaults());
 * report.capacity();   // free addresses per CIDR
 * }</pre>
 *
 * <p>Without a ModuleConfig in the set the CIDR-dependent checks are skipped. Whether a lease's claim is missing is
 * only judged when the set has claims at all (a set of leases alone is a partial view). Stateless and thread-safe.
 */
public final class IpamAudit {
  private IpamAudit() {}

  /**
   * Audits a set.
   *
   * @param set the objects (ModuleConfig, Nodes, vmip, vmipl, vmmac, vmmacl; others are ignored)
   * @param options pool options (fidelity, alignment policy, retention and clock for the rebuilt pool)
   * @return the report
   */
  public static IpamAuditReport audit(ResourceSet set, IpPoolOptions options) {
    List<Finding> findings = new ArrayList<>();
    List<VirtualMachineIPAddressLease> ipLeases = set.ofType(VirtualMachineIPAddressLease.class);
    List<VirtualMachineIPAddress> claims = set.ofType(VirtualMachineIPAddress.class);
    for (VirtualMachineIPAddressLease lease : ipLeases) {
      IpamAdmission.validateIpLeaseCreate(lease).forEach(v -> findings.add(new Finding(lease, v)));
    }
    for (VirtualMachineMACAddressLease lease : set.ofType(VirtualMachineMACAddressLease.class)) {
      IpamAdmission.validateMacLeaseCreate(lease).forEach(v -> findings.add(new Finding(lease, v)));
    }
    checkMacDuplicates(set, findings);
    checkStaticDuplicates(set, claims, findings);
    checkLeaseClaims(set, ipLeases, claims, findings);

    Optional<ModuleConfig> config = set.find(ModuleConfig.class, "", ModuleConfig.VIRTUALIZATION);
    if (config.isEmpty()) {
      return new IpamAuditReport(findings, List.of(), Optional.empty());
    }
    ModuleConfig mc = config.get();
    VirtualMachineCidrs cidrs = VirtualMachineCidrs.of(mc, options);
    cidrs.violations().forEach(v -> findings.add(new Finding(mc, v)));
    CidrSettingsCheck.builder().nodes(set.ofType(Node.class)).build().validateCreate(mc).stream()
        .filter(v -> !v.message().startsWith("no overlaps allowed") && !v.message().startsWith("failed to"))
        .forEach(v -> findings.add(new Finding(mc, v)));
    IpPoolRebuild rebuilt = IpPool.rebuild(cidrs, ipLeases, options);
    for (Finding f : rebuilt.findings()) {
      if (!f.violation().code().equals("ipam.lease.badName")) {
        findings.add(f);
      }
    }
    for (VirtualMachineIPAddress claim : claims) {
      if (cidrs.isEmpty()) {
        findings.add(new Finding(claim, Violation.error("", "dvp.vmip.noCidrs", "operations with"
            + " VirtualMachineIPAddresses are forbidden: ModuleConfig/virtualization"
            + " spec.settings.virtualMachineCIDRs field is not configured")));
        continue;
      }
      IpamAdmission.validateIpAddressCreate(claim, cidrs, List.of())
          .forEach(v -> findings.add(new Finding(claim, v)));
    }
    return new IpamAuditReport(findings, rebuilt.pool().capacity(), Optional.of(rebuilt.pool()));
  }

  private static void checkMacDuplicates(ResourceSet set, List<Finding> findings) {
    Map<MacAddress, VirtualMachineMACAddress> first = new HashMap<>();
    for (VirtualMachineMACAddress vmmac : set.ofType(VirtualMachineMACAddress.class)) {
      Optional<MacAddress> address = vmmac.requestedAddress().flatMap(MacAddress::parse);
      if (address.isEmpty()) {
        continue;
      }
      VirtualMachineMACAddress earlier = first.putIfAbsent(address.get(), vmmac);
      if (earlier != null) {
        findings.add(new Finding(vmmac, Violation.error("spec.address", "ipam.vmmac.duplicate",
            "invalid VirtualMachineMACAddress: the MAC address " + vmmac.requestedAddress().get()
                + " has already been allocated by VirtualMachineMACAddress/" + earlier.name() + " in ns/"
                + set.namespaceOf(earlier) + " (compared as " + address.get() + "; DVP compares the raw text)")));
      }
    }
    Map<MacAddress, VirtualMachineMACAddressLease> leases = new HashMap<>();
    for (VirtualMachineMACAddressLease lease : set.ofType(VirtualMachineMACAddressLease.class)) {
      MacAddress.parse(MacLeaseNames.addressOf(lease.name())).ifPresent(a -> {
        VirtualMachineMACAddressLease earlier = leases.putIfAbsent(a, lease);
        if (earlier != null) {
          findings.add(new Finding(lease, Violation.error("metadata.name", "ipam.macLease.duplicate",
              "two leases for " + a + ": " + earlier.name() + " and " + lease.name() + ". Maybe delete one")));
        }
        if (lease.ref().isEmpty()) {
          findings.add(new Finding(lease, Violation.error("spec.virtualMachineMACAddressRef",
              "ipam.macLease.orphan", "lease " + lease.name() + " has no spec.virtualMachineMACAddressRef: DVP"
                  + " cannot bind it and " + a + " stays blocked. Maybe delete it")));
        }
      });
    }
  }

  private static void checkStaticDuplicates(ResourceSet set, List<VirtualMachineIPAddress> claims,
      List<Finding> findings) {
    Map<Long, VirtualMachineIPAddress> first = new HashMap<>();
    for (VirtualMachineIPAddress claim : claims) {
      long v4 = IpText.to4(claim.spec().staticIP().orElse(""));
      if (v4 < 0) {
        continue;
      }
      VirtualMachineIPAddress earlier = first.putIfAbsent(v4, claim);
      if (earlier != null) {
        findings.add(new Finding(claim, Violation.error("spec.staticIP", "ipam.vmip.duplicate", "the"
            + " VirtualMachineIPAddress cannot be created: the specified IP address " + claim.spec().staticIP().get()
            + " has already been allocated and has not been released (requested also by"
            + " VirtualMachineIPAddress/" + earlier.name() + " in ns/" + set.namespaceOf(earlier) + ")")));
      }
    }
  }

  private static void checkLeaseClaims(ResourceSet set, List<VirtualMachineIPAddressLease> leases,
      List<VirtualMachineIPAddress> claims, List<Finding> findings) {
    Map<String, VirtualMachineIPAddressLease> byClaim = new HashMap<>();
    Map<String, VirtualMachineIPAddressLease> byName = new HashMap<>();
    for (VirtualMachineIPAddressLease lease : leases) {
      byName.putIfAbsent(lease.name(), lease);
      Optional<VirtualMachineIPAddressRef> ref = lease.ref().filter(r -> !r.name().isEmpty());
      if (ref.isEmpty()) {
        continue;
      }
      String key = ref.get().namespace() + "/" + ref.get().name();
      VirtualMachineIPAddressLease earlier = byClaim.putIfAbsent(key, lease);
      if (earlier != null && !earlier.name().equals(lease.name())) {
        findings.add(new Finding(lease, Violation.error("spec.virtualMachineIPAddressRef", "ipam.lease.twoForOneClaim",
            "VirtualMachineIPAddress " + key + " is referenced by two leases, " + earlier.name() + " and "
                + lease.name() + ": DVP binds the claim to the lease of its status.address and the other one stays"
                + " blocked. Maybe delete the lease the claim does not use")));
      }
      if (!claims.isEmpty() && set.find(VirtualMachineIPAddress.class, ref.get().namespace(), ref.get().name())
          .isEmpty()) {
        findings.add(new Finding(lease, Violation.warning("spec.virtualMachineIPAddressRef", "ipam.lease.noClaim",
            "lease " + lease.name() + " references VirtualMachineIPAddress " + key + ", which is not in the set: DVP"
                + " releases the lease and deletes it after the retention time. Maybe add the claim to the"
                + " checked files")));
      }
    }
    if (leases.isEmpty()) {
      return;
    }
    for (VirtualMachineIPAddress claim : claims) {
      String address = claim.status().flatMap(VirtualMachineIPAddressStatus::address).orElse("");
      if (!address.isEmpty() && !byName.containsKey(IpLeaseNames.of(address))) {
        findings.add(new Finding(claim, Violation.warning("status.address", "dvp.vmip.leaseLost",
            "The VirtualMachineIPAddressLease " + GoQuote.quote(IpLeaseNames.of(address)) + " doesn't exist."
                + " Maybe recreate the claim: DVP does not allocate a lost address again")));
      }
    }
  }
}
