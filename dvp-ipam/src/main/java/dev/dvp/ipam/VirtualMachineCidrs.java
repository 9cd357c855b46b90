package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.ModuleConfig;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The VM IP pool's subnets ({@code ModuleConfig/virtualization spec.settings.virtualMachineCIDRs}), read and checked:
 * the usable IPv4 prefixes in the configured order, and what is wrong with the others.
 *
 * <pre>{@code
 * VirtualMachineCidrs cidrs = VirtualMachineCidrs.parse(List.of("10.66.10.0/24", "10.66.20.5/24", "fd00::/64"));
 * cidrs.usable();       // [10.66.10.0/24, 10.66.20.5/24]
 * cidrs.violations();   // the IPv6 entry is refused; 10.66.20.5/24 is misaligned (a warning)
 * }</pre>
 *
 * <p>Differences from DVP, each a harm guard: an IPv6 prefix is refused (DVP accepts it but can never lease from it); a
 * {@code /0} or {@code /1} is refused (DVP fails every allocation from it); a /31 or /32 entry is reported as having no
 * usable address (with {@link IpPoolOptions#fidelity()} a /32 stays usable, as in DVP, and jams automatic allocation);
 * overlapping entries are reported with the ModuleConfig webhook's message, also on the first configuration, which DVP
 * does not validate. Violation paths are {@code spec.settings.virtualMachineCIDRs[i]}. Immutable and thread-safe.
 */
public final class VirtualMachineCidrs {
  /** The JSON path of the setting in a ModuleConfig. */
  public static final String PATH = "spec.settings.virtualMachineCIDRs";

  private final List<String> written;
  private final List<Cidr> usable;
  private final List<Violation> violations;

  private VirtualMachineCidrs(List<String> written, List<Cidr> usable, List<Violation> violations) {
    this.written = List.copyOf(written);
    this.usable = List.copyOf(usable);
    this.violations = List.copyOf(violations);
  }

  /**
   * Reads the setting with the default options.
   *
   * @param cidrs the entries as written, in order
   * @return the checked subnets
   */
  public static VirtualMachineCidrs parse(List<String> cidrs) {
    return parse(cidrs, IpPoolOptions.defaults());
  }

  /**
   * Reads the setting of a ModuleConfig.
   *
   * @param moduleConfig normally {@code ModuleConfig/virtualization}
   * @param options fidelity and alignment policy
   * @return the checked subnets; none when the setting is absent (DVP then forbids VirtualMachineIPAddresses)
   */
  public static VirtualMachineCidrs of(ModuleConfig moduleConfig, IpPoolOptions options) {
    return parse(moduleConfig.spec().virtualMachineCIDRs(), options);
  }

  /**
   * Reads the setting.
   *
   * @param cidrs the entries as written, in order
   * @param options fidelity and alignment policy
   * @return the checked subnets
   */
  public static VirtualMachineCidrs parse(List<String> cidrs, IpPoolOptions options) {
    Objects.requireNonNull(options, "options");
    List<Cidr> usable = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    List<Cidr> parsed = new ArrayList<>();
    List<Integer> parsedAt = new ArrayList<>();
    for (int i = 0; i < cidrs.size(); i++) {
      String text = cidrs.get(i);
      String path = PATH + "[" + i + "]";
      Optional<String> error = PrefixText.error(text);
      if (error.isPresent()) {
        violations.add(Violation.error(path, "ipam.cidr.unparsable", "failed to parse CIDR " + GoQuote.quote(text)
            + ": " + error.get() + ". Maybe write an IPv4 prefix such as 10.66.10.0/24"));
        continue;
      }
      if (PrefixText.isIpv6(text)) {
        violations.add(Violation.error(path, "ipam.cidr.ipv6", "IPv6 is not supported by DVP IPAM: " + text
            + " is accepted by DVP, but DVP cannot name a lease for an IPv6 address, so no VirtualMachineIPAddress"
            + " would ever be bound from it. Maybe use an IPv4 prefix"));
        continue;
      }
      Cidr cidr = Cidr.parse(text).orElseThrow();
      parsed.add(cidr);
      parsedAt.add(i);
      if (cidr.prefixLength() <= 1) {
        violations.add(Violation.error(path, "ipam.cidr.tooLarge", "subnet " + text + " is too large: DVP fails"
            + " every allocation from it with \"can't generate IP with index -1 from subnet. subnet too small."
            + " subnet: " + GoQuote.quote(cidr.network() + "/" + cidr.prefixLength()) + "\". Maybe split it into"
            + " prefixes of /2 or longer"));
        continue;
      }
      if (cidr.prefixLength() == 31) {
        violations.add(Violation.warning(path, "ipam.cidr.empty", "subnet " + text + " has no usable address: DVP"
            + " excludes both addresses of a /31 (network and broadcast). Maybe use a /30 or a shorter prefix"));
        continue;
      }
      if (cidr.prefixLength() == 32) {
        violations.add(Violation.warning(path, "ipam.cidr.single", "subnet " + text + " has no usable address: the"
            + " only address of a /32 fails DVP's range check, so DVP jams automatic allocation on it"
            + (options.fidelity() ? " (reproduced: fidelity mode)" : "; the SDK skips it")
            + ". Maybe remove it or use a /30 or a shorter prefix"));
        if (options.fidelity()) {
          usable.add(cidr);
        }
        continue;
      }
      if (!cidr.isAligned()) {
        String never = cidr.network().next().equals(cidr.address()) ? cidr.network().next().toString()
            : cidr.network().next() + "-" + Ipv4Address.ofUnsigned(cidr.address().unsigned() - 1);
        String message = "subnet " + text + " is not aligned to its mask: automatic allocation starts at "
            + cidr.address() + ", so " + never + " " + (never.contains("-") ? "are" : "is")
            + " never allocated automatically (static requests for them still pass). Maybe write "
            + cidr.network() + "/" + cidr.prefixLength();
        if (cidr.address().equals(cidr.network().next())) {
          message = "subnet " + text + " is not aligned to its mask. Maybe write " + cidr.network() + "/"
              + cidr.prefixLength();
        }
        if (options.rejectMisaligned()) {
          violations.add(Violation.error(path, "ipam.cidr.misaligned", message));
          continue;
        }
        violations.add(Violation.warning(path, "ipam.cidr.misaligned", message));
      }
      usable.add(cidr);
    }
    for (int j = 0; j < parsed.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (parsed.get(i).overlaps(parsed.get(j))) {
          violations.add(Violation.error(PATH + "[" + parsedAt.get(j) + "]", "ipam.cidr.overlap",
              CidrSettingsCheck.overlapMessage(parsed.get(j).text(), parsed.get(i).text())));
        }
      }
    }
    return new VirtualMachineCidrs(cidrs, usable, violations);
  }

  /** @return the entries as written, in the configured order */
  public List<String> written() {
    return written;
  }

  /** @return the IPv4 prefixes an {@link IpPool} allocates from, in the configured order */
  public List<Cidr> usable() {
    return usable;
  }

  /** @return what is wrong with the entries, errors and warnings, by entry */
  public List<Violation> violations() {
    return violations;
  }

  /** @return whether the setting is absent or empty (DVP then forbids VirtualMachineIPAddresses) */
  public boolean isEmpty() {
    return written.isEmpty();
  }

  /**
   * Returns the usable prefix an address belongs to for DVP's range check.
   *
   * @param a an address
   * @return the first usable prefix in whose range (as {@link Cidr} checks it) {@code a} is
   */
  public Optional<Cidr> rangeOf(Ipv4Address a) {
    for (Cidr c : usable) {
      if (c.isInRange(a)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether an address passes DVP's range check on some usable prefix (allocation-free). */
  boolean isInRange(Ipv4Address a) {
    for (Cidr c : usable) {
      if (c.isInRange(a)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VirtualMachineCidrs v && v.written.equals(written) && v.usable.equals(usable);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }

  @Override
  public String toString() {
    return written.toString();
  }
}
