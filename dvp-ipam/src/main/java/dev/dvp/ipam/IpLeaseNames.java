package dev.dvp.ipam;

import dev.dvp.model.VirtualMachineIPAddressLease;

/**
 * DVP's names of IP leases ({@code pkg/common/ip/ip.go}): {@code 10.66.10.14} is held by the
 * VirtualMachineIPAddressLease {@code ip-10-66-10-14}.
 *
 * <pre>{@code
 * IpLeaseNames.of("10.66.10.14");            // "ip-10-66-10-14"
 * IpLeaseNames.of("::ffff:10.66.10.14");     // "ip-10-66-10-14" (an IPv4-mapped literal is IPv4 to DVP)
 * IpLeaseNames.of("fd00::1");                // "" (DVP has no IPv6 lease name)
 * IpLeaseNames.addressOf("ip-10-66-10-14");  // "10.66.10.14"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class IpLeaseNames {
  /** The prefix of every IP lease name. */
  public static final String PREFIX = "ip-";

  private IpLeaseNames() {}

  /**
   * Returns the lease name of an address, as DVP computes it.
   *
   * @param address the address as written, e.g. {@code "10.66.10.14"}
   * @return {@code ip-} and the dotted quad with {@code -} for {@code .}; {@code ""} for an IPv6 address or an
   *     unparsable string (DVP cannot name such a lease)
   */
  public static String of(String address) {
    long v4 = IpText.to4(address);
    return v4 < 0 ? "" : Ipv4Address.ofUnsigned(v4).leaseName();
  }

  /**
   * Returns the address a lease name stands for, as DVP decodes it: the text after {@code ip-} with every
   * {@code -} turned into {@code .}, unchecked ({@code ip-fd00--1} gives {@code fd00..1}).
   *
   * @param leaseName e.g. {@code "ip-10-66-10-14"}
   * @return the decoded text, or {@code ""} when the name does not start with {@code ip-} or has nothing after it
   */
  public static String addressOf(String leaseName) {
    if (!leaseName.startsWith(PREFIX) || leaseName.length() <= PREFIX.length()) {
      return "";
    }
    return leaseName.substring(PREFIX.length()).replace('-', '.');
  }

  /**
   * Returns the IPv4 address a lease holds.
   *
   * @param lease a lease object
   * @return its address, or empty when its name does not decode to a valid dotted quad
   */
  public static java.util.Optional<Ipv4Address> addressOf(VirtualMachineIPAddressLease lease) {
    return Ipv4Address.parse(addressOf(lease.name()));
  }
}
