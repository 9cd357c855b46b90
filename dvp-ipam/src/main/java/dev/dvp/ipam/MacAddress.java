package dev.dvp.ipam;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A MAC address, held as its 48 bits and written as DVP writes {@code status.address}: lowercase with colons.
 *
 * <pre>{@code
 * MacAddress.parse("5E-E6:19-22:0F-D8");   // 5e:e6:19:22:0f:d8 (mixed separators are valid, as in DVP)
 * MacAddress.parse("5e:e6:19:22:0f:d8").orElseThrow().leaseName();   // mac-5e-e6-19-22-0f-d8
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param bits the 48 bits in the low bits of a {@code long}
 */
public record MacAddress(long bits) implements Comparable<MacAddress> {
  /** DVP's format check ({@code pkg/common/mac/mac.go}), applied after trimming spaces. */
  private static final Pattern FORMAT = Pattern.compile("^([0-9A-Fa-f]{2}([-:])){5}([0-9A-Fa-f]{2})$");

  /**
   * Creates an address.
   *
   * @throws IllegalArgumentException if {@code bits} has more than 48 bits
   */
  public MacAddress {
    if ((bits >>> 48) != 0) {
      throw new IllegalArgumentException("a MAC address has 48 bits, got 0x" + Long.toHexString(bits));
    }
  }

  /**
   * Reads an address as DVP does: spaces trimmed, six pairs of hex digits separated by {@code :} or {@code -} in any
   * mix, any case.
   *
   * @param text e.g. {@code "00:1A:2B:3C:4D:5E"}
   * @return the address, or empty when DVP would answer {@code invalid MAC address format}
   */
  public static Optional<MacAddress> parse(String text) {
    String t = text.strip();
    if (!FORMAT.matcher(t).matches()) {
      return Optional.empty();
    }
    long bits = 0;
    for (int i = 0; i < 6; i++) {
      bits = (bits << 8) | Integer.parseInt(t.substring(3 * i, 3 * i + 2), 16);
    }
    return Optional.of(new MacAddress(bits));
  }

  /** @return the lease name, e.g. {@code mac-5e-e6-19-22-0f-d8} */
  public String leaseName() {
    return MacLeaseNames.PREFIX + toString().replace(':', '-');
  }

  /** @return the first three octets */
  public int oui() {
    return (int) (bits >>> 24);
  }

  /** @return the last three octets (the NIC-specific part) */
  public int nic() {
    return (int) (bits & 0xFFFFFF);
  }

  @Override
  public int compareTo(MacAddress o) {
    return Long.compare(bits, o.bits);
  }

  /** @return lowercase with colons, e.g. {@code 5e:e6:19:22:0f:d8} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(17);
    for (int shift = 40; shift >= 0; shift -= 8) {
      int octet = (int) ((bits >>> shift) & 0xFF);
      out.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xF, 16));
      if (shift > 0) {
        out.append(':');
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
