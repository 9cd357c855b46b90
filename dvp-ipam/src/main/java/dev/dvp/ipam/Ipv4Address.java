package dev.dvp.ipam;

import java.util.Optional;

/**
 * An IPv4 address, held as its 32 bits. Ordered as unsigned numbers, so {@code 10.0.0.2 < 200.0.0.1}.
 *
 * <pre>{@code
 * Ipv4Address a = Ipv4Address.parse("10.66.10.14").orElseThrow();
 * a.next();          // 10.66.10.15
 * a.toString();      // "10.66.10.14"
 * }</pre>
 *
 * <p>Parsing follows Go's {@code net.ParseIP}/{@code netip.ParseAddr} for dotted quads, as DVP does: exactly four
 * decimal fields of at most three digits, each at most 255, no leading zeros ({@code 10.66.010.14} is invalid), no
 * spaces. Immutable and thread-safe.
 *
 * @param bits the address as an unsigned 32-bit number in an {@code int}
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {
  /**
   * Reads a dotted quad.
   *
   * @param text e.g. {@code "10.66.10.14"}
   * @return the address, or empty when {@code text} is not a valid dotted quad by Go's rules
   */
  public static Optional<Ipv4Address> parse(String text) {
    long bits = IpText.ipv4Bits(text);
    return bits < 0 ? Optional.empty() : Optional.of(new Ipv4Address((int) bits));
  }

  /**
   * Returns the address of a number.
   *
   * @param unsigned the address as a number from 0 to 2^32-1
   * @return the address
   * @throws IllegalArgumentException if the number is out of range
   */
  public static Ipv4Address ofUnsigned(long unsigned) {
    if (unsigned < 0 || unsigned > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("an IPv4 address is a number from 0 to 4294967295, got " + unsigned);
    }
    return new Ipv4Address((int) unsigned);
  }

  /** @return the address as an unsigned number, 0 to 2^32-1 */
  public long unsigned() {
    return Integer.toUnsignedLong(bits);
  }

  /** @return the next address, wrapping from 255.255.255.255 to 0.0.0.0 */
  public Ipv4Address next() {
    return new Ipv4Address(bits + 1);
  }

  /** @return the name of the VirtualMachineIPAddressLease that holds this address, e.g. {@code ip-10-66-10-14} */
  public String leaseName() {
    return IpLeaseNames.PREFIX + toString().replace('.', '-');
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  /** @return the dotted quad, e.g. {@code 10.66.10.14} */
  @Override
  public String toString() {
    return (bits >>> 24) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
  }
}
