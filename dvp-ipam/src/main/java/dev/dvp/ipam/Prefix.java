package dev.dvp.ipam;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A prefix of either family as Go's {@code netip.Prefix} holds it (address as written and length), for the
 * ModuleConfig checks, which DVP runs on IPv6 entries too. Compared by address and length, as Go's {@code ==} does.
 * Immutable.
 */
final class Prefix {
  final String text;
  private final BigInteger address;
  private final int bits;
  private final int family;

  private Prefix(String text, BigInteger address, int bits, int family) {
    this.text = text;
    this.address = address;
    this.bits = bits;
    this.family = family;
  }

  /** A valid {@code netip.ParsePrefix} input, or empty. */
  static Optional<Prefix> parse(String text) {
    if (PrefixText.error(text).isPresent()) {
      return Optional.empty();
    }
    int slash = text.lastIndexOf('/');
    return address(text.substring(0, slash)).map(a -> new Prefix(text, a.getKey(), PrefixText.bits(text),
        a.getValue()));
  }

  /** A single address as a full-length prefix, or empty when it is not an address. */
  static Optional<Prefix> host(String ip) {
    return address(ip).map(a -> new Prefix(ip, a.getKey(), a.getValue(), a.getValue()));
  }

  private static Optional<java.util.Map.Entry<BigInteger, Integer>> address(String text) {
    long v4 = IpText.ipv4Bits(text);
    if (v4 >= 0) {
      return Optional.of(java.util.Map.entry(BigInteger.valueOf(v4), 32));
    }
    int[] groups = IpText.ipv6Groups(text);
    if (groups == null) {
      return Optional.empty();
    }
    BigInteger value = BigInteger.ZERO;
    for (int g : groups) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return Optional.of(java.util.Map.entry(value, 128));
  }

  boolean overlaps(Prefix other) {
    if (family != other.family) {
      return false;
    }
    int shorter = Math.min(bits, other.bits);
    return address.shiftRight(family - shorter).equals(other.address.shiftRight(family - shorter));
  }

  boolean sameAs(Prefix other) {
    return family == other.family && bits == other.bits && address.equals(other.address);
  }
}
