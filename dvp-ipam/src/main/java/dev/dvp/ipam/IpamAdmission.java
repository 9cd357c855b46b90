package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import dev.dvp.model.VirtualMachineIPAddressType;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressLease;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DVP's admission webhooks for the four IPAM kinds
 * ({@code images/virtualization-artifact/pkg/controller/vmip/vmip_webhook.go}, {@code vmiplease/vmiplease_webhook.go},
 * {@code vmmac/vmmac_webhook.go}, {@code vmmaclease/vmmaclease_webhook.go}), with DVP's messages word for word. Each
 * method takes what the webhook looks at (the configured CIDRs, the existing leases) and returns violations: errors
 * reject the request, warnings are admitted with a warning.
 *
 * <pre>{@code
 * List<Violation> v = IpamAdmission.validateIpAddressCreate(vmip, VirtualMachineCidrs.parse(cidrs), leases);
 * }</pre>
 *
 * <p>Harm guards (deliberate differences from DVP): an IPv6 static address is refused with a clear message; a requested
 * MAC address is normalised before the duplicate checks (DVP compares raw strings, so {@code 5E:E6:…} slips past a
 * lease of {@code 5e:e6:…}); pass {@code fidelity = true} to {@link #validateMacAddressCreate} to reproduce DVP. The
 * refusal of a bound Auto claim converted to Static with its own address is reproduced (it is what the cluster answers)
 * with an extra warning explaining that the claim's own lease triggered it. Stateless and thread-safe.
 */
public final class IpamAdmission {
  private static final String NO_CIDRS = "operations with VirtualMachineIPAddresses are forbidden:"
      + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs field is not configured";

  private IpamAdmission() {}

  /**
   * Validates the CREATE of a VirtualMachineIPAddress.
   *
   * @param vmip the new claim
   * @param cidrs the configured {@code virtualMachineCIDRs}
   * @param leases the existing IP leases
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateIpAddressCreate(VirtualMachineIPAddress vmip, VirtualMachineCidrs cidrs,
      Collection<VirtualMachineIPAddressLease> leases) {
    if (cidrs.isEmpty()) {
      return List.of(Violation.error("", "dvp.vmip.noCidrs", NO_CIDRS));
    }
    Optional<Violation> spec = specError(vmip);
    if (spec.isPresent()) {
      return List.of(spec.get());
    }
    String staticIp = vmip.spec().staticIP().orElse("");
    if (staticIp.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>(1);
    if (!inRange(staticIp, cidrs)) {
      return List.of(Violation.error("spec.staticIP", "dvp.vmip.outOfRange",
          "the requested address " + staticIp + " is out of the valid range"));
    }
    allocated(staticIp, leases).ifPresent(out::add);
    return out;
  }

  /**
   * Validates the UPDATE of a VirtualMachineIPAddress.
   *
   * @param old the stored claim
   * @param updated the requested claim
   * @param cidrs the configured {@code virtualMachineCIDRs}
   * @param leases the existing IP leases
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateIpAddressUpdate(VirtualMachineIPAddress old, VirtualMachineIPAddress updated,
      VirtualMachineCidrs cidrs, Collection<VirtualMachineIPAddressLease> leases) {
    boolean specChanged = !old.spec().equals(updated.spec());
    if (specChanged && cidrs.isEmpty()) {
      return List.of(Violation.error("", "dvp.vmip.noCidrs", NO_CIDRS));
    }
    Optional<Violation> spec = specError(updated);
    if (spec.isPresent()) {
      return List.of(spec.get());
    }
    List<Violation> out = new ArrayList<>(2);
    String staticIp = updated.spec().staticIP().orElse("");
    String oldStaticIp = old.spec().staticIP().orElse("");
    if (!staticIp.isEmpty() && !staticIp.equals(oldStaticIp)) {
      if (!inRange(staticIp, cidrs)) {
        out.add(Violation.warning("spec.staticIP", "dvp.vmip.outOfRange",
            "The requested address " + staticIp + " is out of the valid range"));
      }
      Optional<Violation> taken = allocated(staticIp, leases);
      if (taken.isPresent()) {
        out.add(taken.get());
        String current = old.status().flatMap(VirtualMachineIPAddressStatus::address).orElse("");
        if (staticIp.equals(current) && isBound(old)) {
          out.add(Violation.warning("spec.staticIP", "sdk.hint.ownLease", "the address is held by this"
              + " VirtualMachineIPAddress's own lease: DVP refuses every Auto->Static conversion of a bound claim."
              + " Maybe keep type Auto (the address does not change), or create a new Static claim after deleting"
              + " this one within the retention time"));
        }
        return out;
      }
    }
    if (isBound(old)) {
      VirtualMachineIPAddressType was = old.spec().type();
      VirtualMachineIPAddressType now = updated.spec().type();
      String current = old.status().flatMap(VirtualMachineIPAddressStatus::address).orElse("");
      if (was.equals(VirtualMachineIPAddressType.AUTO) && now.equals(VirtualMachineIPAddressType.STATIC)) {
        if (!staticIp.equals(current)) {
          out.add(Violation.error("spec.staticIP", "dvp.vmip.retype", "only type change Auto->Static is allowed:"
              + " can't change current IP " + current + " to the specified " + staticIp));
        }
      } else if (!was.equals(now)) {
        out.add(Violation.error("spec.type", "dvp.vmip.retype",
            "the VirtualMachineIPAddress is in 'Bound' state -> type cannot be changed"));
      } else if (now.equals(VirtualMachineIPAddressType.STATIC) && !staticIp.equals(oldStaticIp)) {
        out.add(Violation.error("spec.staticIP", "dvp.vmip.readdress",
            "the VirtualMachineIPAddress is in 'Bound' state -> static IP cannot be changed"));
      }
    }
    return out;
  }

  /**
   * Validates the CREATE of a VirtualMachineIPAddressLease: its name must decode to an IP address.
   *
   * @param lease the new lease
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateIpLeaseCreate(VirtualMachineIPAddressLease lease) {
    if (IpText.kind(IpLeaseNames.addressOf(lease.name())) == IpText.Kind.INVALID) {
      return List.of(Violation.error("metadata.name", "dvp.vmipl.name",
          "the VirtualMachineIpAddressLease address is not a valid textual representation of an IP address"));
    }
    return List.of();
  }

  /**
   * Validates the CREATE of a VirtualMachineMACAddress with the SDK's normalised duplicate check.
   *
   * @param vmmac the new claim
   * @param leases the existing MAC leases
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateMacAddressCreate(VirtualMachineMACAddress vmmac,
      Collection<VirtualMachineMACAddressLease> leases) {
    return validateMacAddressCreate(vmmac, leases, false);
  }

  /**
   * Validates the CREATE of a VirtualMachineMACAddress.
   *
   * @param vmmac the new claim
   * @param leases the existing MAC leases
   * @param fidelity {@code true} to look the raw {@code spec.address} up as DVP does (case and separator sensitive)
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateMacAddressCreate(VirtualMachineMACAddress vmmac,
      Collection<VirtualMachineMACAddressLease> leases, boolean fidelity) {
    Optional<String> requested = vmmac.requestedAddress();
    if (requested.isEmpty()) {
      return List.of();
    }
    String key = fidelity ? requested.get() : normalised(requested.get());
    Optional<VirtualMachineMACAddressLease> lease = leases.stream()
        .filter(l -> MacLeaseNames.addressOf(l.name()).equals(key)).findFirst();
    String namespace = vmmac.namespace().orElse("default");
    if (lease.isPresent() && lease.get().ref().isPresent()
        && !(lease.get().ref().get().namespace().equals(namespace)
            && lease.get().ref().get().name().equals(vmmac.name()))) {
      return List.of(Violation.error("spec.address", "dvp.vmmac.taken", "invalid VirtualMachineMACAddress: the MAC"
          + " address " + requested.get() + " has already been allocated by VirtualMachineMACAddress/"
          + lease.get().ref().get().name() + " in ns/" + lease.get().ref().get().namespace()));
    }
    if (MacAddress.parse(requested.get()).isEmpty()) {
      return List.of(Violation.error("spec.address", "dvp.vmmac.format", "invalid MAC address format"));
    }
    if (lease.isPresent()) {
      return List.of(Violation.error("spec.address", "dvp.vmmac.allocated", "the MAC address is already allocated"));
    }
    return List.of();
  }

  /**
   * Validates the UPDATE of a VirtualMachineMACAddress: a bound claim keeps its address.
   *
   * @param old the stored claim
   * @param updated the requested claim
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateMacAddressUpdate(VirtualMachineMACAddress old,
      VirtualMachineMACAddress updated) {
    boolean bound = old.status().flatMap(s -> s.condition("Bound")).map(IpamAdmission::isTrue).orElse(false);
    if (bound && !old.spec().flatMap(s -> s.address()).equals(updated.spec().flatMap(s -> s.address()))) {
      return List.of(Violation.error("spec.address", "dvp.vmmac.readdress",
          "the VirtualMachineMACAddress is in 'Bound' state -> MAC address cannot be changed"));
    }
    return List.of();
  }

  /**
   * Validates the CREATE of a VirtualMachineMACAddressLease: its name must decode to a MAC address.
   *
   * @param lease the new lease
   * @return the violations, empty when admitted
   */
  public static List<Violation> validateMacLeaseCreate(VirtualMachineMACAddressLease lease) {
    if (MacAddress.parse(MacLeaseNames.addressOf(lease.name())).isEmpty()) {
      return List.of(Violation.error("metadata.name", "dvp.vmmacl.name",
          "the lease address is not a valid textual representation of an MAC address"));
    }
    return List.of();
  }

  private static Optional<Violation> specError(VirtualMachineIPAddress vmip) {
    VirtualMachineIPAddressType type = vmip.spec().type();
    String staticIp = vmip.spec().staticIP().orElse("");
    if (type.equals(VirtualMachineIPAddressType.STATIC)) {
      if (staticIp.isEmpty()) {
        return Optional.of(Violation.error("spec.staticIP", "dvp.vmip.staticMissing",
            "the 'Static IP' field should be set for the IP address with the 'Static' type"));
      }
      IpText.Kind kind = IpText.kind(staticIp);
      if (kind == IpText.Kind.INVALID) {
        return Optional.of(Violation.error("spec.staticIP", "dvp.vmip.staticFormat", "the specified static IP"
            + " address " + GoQuote.quote(staticIp) + " is not a valid textual representation of an IP address"));
      }
      if (kind == IpText.Kind.IPV6) {
        return Optional.of(Violation.error("spec.staticIP", "ipam.vmip.ipv6", "IPv6 is not supported by DVP IPAM: DVP"
            + " admits " + staticIp + " but cannot name its lease, so the claim would stay Pending. Maybe request an"
            + " IPv4 address"));
      }
      return Optional.empty();
    }
    if (type.equals(VirtualMachineIPAddressType.AUTO)) {
      if (!staticIp.isEmpty()) {
        return Optional.of(Violation.error("spec.staticIP", "dvp.vmip.autoWithStatic", "the VirtualMachineIPAddress"
            + " cannot be created: The 'Static IP' field is set for the " + vmip.name()
            + " IP address with the 'Auto' type"));
      }
      return Optional.empty();
    }
    return Optional.of(Violation.error("spec.type", "dvp.vmip.type", "invalid type for VirtualMachineIP: "
        + type.value() + ". Type must be either 'Static' or 'Auto'"));
  }

  private static boolean inRange(String ip, VirtualMachineCidrs cidrs) {
    return IpText.kind(ip) == IpText.Kind.IPV4 && cidrs.rangeOf(Ipv4Address.parse(ip).orElseThrow()).isPresent();
  }

  private static Optional<Violation> allocated(String ip, Collection<VirtualMachineIPAddressLease> leases) {
    String name = IpLeaseNames.of(ip);
    for (VirtualMachineIPAddressLease lease : leases) {
      if (lease.name().equals(name)) {
        String reason = lease.status().flatMap(s -> s.condition("Bound")).map(Condition::reason).orElse("");
        if (!reason.equals("Released")) {
          return Optional.of(Violation.error("spec.staticIP", "dvp.vmip.allocated", "the VirtualMachineIPAddress"
              + " cannot be created: the specified IP address " + ip
              + " has already been allocated and has not been released"));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isBound(VirtualMachineIPAddress vmip) {
    return vmip.status().flatMap(s -> s.condition("Bound")).map(IpamAdmission::isTrue).orElse(false);
  }

  private static boolean isTrue(Condition c) {
    return c.status().equals(ConditionStatus.TRUE);
  }

  private static String normalised(String mac) {
    return mac.strip().toLowerCase(Locale.ROOT).replace('-', ':');
  }
}
