package dev.dvp.ipam;

import java.util.Objects;

/**
 * One IPv4 entry of {@code virtualMachineCIDRs}, as written: {@code 10.66.10.5/24} keeps its host bits, because DVP's
 * automatic allocation starts at the address as written while its range check uses the masked network.
 *
 * <pre>{@code
 * Cidr cidr = Cidr.parse("10.66.10.0/24").orElseThrow();
 * cidr.autoAddressCount();                          // 254
 * cidr.firstAutoAddress();                          // 10.66.10.1
 * cidr.isInRange(Ipv4Address.parse("10.66.10.255").orElseThrow());   // false: the broadcast address
 * }</pre>
 *
 * <p>Parsing follows Go's {@code netip.ParsePrefix} for IPv4; IPv6 prefixes are not represented here (see
 * {@link VirtualMachineCidrs}, which rejects them). Immutable and thread-safe.
 */
public final class Cidr {
  private final String text;
  private final Ipv4Address address;
  private final int prefixLength;

  private Cidr(String text, Ipv4Address address, int prefixLength) {
    this.text = text;
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /**
   * Reads an IPv4 prefix.
   *
   * @param text e.g. {@code "10.66.10.0/24"}
   * @return the prefix, or empty when {@code text} is not an IPv4 prefix (use {@link VirtualMachineCidrs#parse} for
   *     DVP's error message)
   */
  public static java.util.Optional<Cidr> parse(String text) {
    Objects.requireNonNull(text, "text");
    if (PrefixText.error(text).isPresent() || PrefixText.isIpv6(text)) {
      return java.util.Optional.empty();
    }
    int slash = text.lastIndexOf('/');
    Ipv4Address address = Ipv4Address.parse(text.substring(0, slash)).orElseThrow();
    return java.util.Optional.of(new Cidr(text, address, Integer.parseInt(text.substring(slash + 1))));
  }

  /** @return the prefix as written, e.g. {@code 10.66.10.5/24} */
  public String text() {
    return text;
  }

  /** @return the address as written, where DVP's automatic allocation starts */
  public Ipv4Address address() {
    return address;
  }

  /** @return the prefix length, 0 to 32 */
  public int prefixLength() {
    return prefixLength;
  }

  /** @return the masked network address, the first address of the prefix */
  public Ipv4Address network() {
    return new Ipv4Address(address.bits() & mask());
  }

  /** @return the last address of the prefix (the broadcast address) */
  public Ipv4Address broadcast() {
    return new Ipv4Address(address.bits() | ~mask());
  }

  /** @return how many addresses the prefix spans, 1 for a /32 to 2^32 for a /0 */
  public long size() {
    return 1L << (32 - prefixLength);
  }

  /** @return whether the written address is the network address (the documented, but unenforced, requirement) */
  public boolean isAligned() {
    return address.equals(network());
  }

  /**
   * Tells whether the prefix contains an address (prefix bits only, like the masked network).
   *
   * @param a the address
   * @return {@code true} when {@code a} is in the prefix
   */
  public boolean contains(Ipv4Address a) {
    return (a.bits() & mask()) == (address.bits() & mask());
  }

  /**
   * DVP's range check
   * ({@code images/virtualization-artifact/pkg/controller/vmip/internal/service/ip_address_service.go}): inside the
   * prefix and neither its first nor its last address. There is no /32 exception, so the only address of a /32 is out
   * of range; both addresses of a /31 are.
   *
   * @param a the address
   * @return {@code true} when a static request for {@code a} passes DVP's range check on this prefix
   */
  public boolean isInRange(Ipv4Address a) {
    int bits = a.bits();
    return contains(a) && bits != (address.bits() & mask()) && bits != (address.bits() | ~mask());
  }

  /**
   * Tells whether DVP's automatic walk would offer an address: from the written address up to the end of the prefix,
   * skipping the network and broadcast addresses except in a /32.
   *
   * @param a the address
   * @return {@code true} when {@code a} is a candidate of DVP's walk
   */
  public boolean isAutoCandidate(Ipv4Address a) {
    if (!contains(a) || Integer.compareUnsigned(a.bits(), address.bits()) < 0) {
      return false;
    }
    return size() == 1 || (!a.equals(network()) && !a.equals(broadcast()));
  }

  /**
   * Returns how many addresses the SDK allocates automatically: DVP's walk minus what fails DVP's range check (so
   * a /32 gives 0, where DVP would offer its address and then jam on it).
   *
   * @return 254 for {@code 10.66.10.0/24}, 250 for {@code 10.66.10.5/24}, 0 for a /31 or /32
   */
  public long autoAddressCount() {
    if (size() <= 2) {
      return 0;
    }
    long start = Math.max(address.unsigned(), network().unsigned() + 1);
    return Math.max(0, broadcast().unsigned() - start);
  }

  /** @return the first address the SDK allocates automatically, if any */
  public java.util.Optional<Ipv4Address> firstAutoAddress() {
    if (autoAddressCount() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Ipv4Address.ofUnsigned(Math.max(address.unsigned(), network().unsigned() + 1)));
  }

  /** @return the last address the SDK allocates automatically, if any */
  public java.util.Optional<Ipv4Address> lastAutoAddress() {
    return autoAddressCount() == 0 ? java.util.Optional.empty()
        : java.util.Optional.of(Ipv4Address.ofUnsigned(broadcast().unsigned() - 1));
  }

  /**
   * Tells whether two prefixes share an address.
   *
   * @param other another prefix
   * @return {@code true} when they overlap
   */
  public boolean overlaps(Cidr other) {
    int shorter = Math.min(prefixLength, other.prefixLength);
    int m = shorter == 0 ? 0 : -1 << (32 - shorter);
    return (address.bits() & m) == (other.address.bits() & m);
  }

  private int mask() {
    return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** @return the prefix as written */
  @Override
  public String toString() {
    return text;
  }
}
