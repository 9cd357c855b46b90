package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import java.util.Optional;

/**
 * Go's {@code netip.ParsePrefix} error texts for the prefixes DVP reads, e.g.
 * {@code netip.ParsePrefix("bad"): no '/'}. IPv4 address errors follow Go's {@code parseIPv4Fields} word for word;
 * an unparsable IPv6 address is reported as {@code unable to parse IP}, a simplification of Go's detailed IPv6
 * messages. Stateless.
 */
final class PrefixText {
  private PrefixText() {}

  /** Whether a syntactically valid prefix is IPv6. */
  static boolean isIpv6(String s) {
    int slash = s.lastIndexOf('/');
    return slash >= 0 && s.substring(0, slash).indexOf(':') >= 0;
  }

  /** The prefix length of a valid prefix. */
  static int bits(String s) {
    return Integer.parseInt(s.substring(s.lastIndexOf('/') + 1));
  }

  /** Go's error for an invalid prefix, or empty when {@code netip.ParsePrefix} accepts it. */
  static Optional<String> error(String s) {
    String wrap = "netip.ParsePrefix(" + GoQuote.quote(s) + "): ";
    int slash = s.lastIndexOf('/');
    if (slash < 0) {
      return Optional.of(wrap + "no '/'");
    }
    String addr = s.substring(0, slash);
    Optional<String> addrError = addressError(addr);
    if (addrError.isPresent()) {
      return Optional.of(wrap + addrError.get());
    }
    boolean v6 = addr.indexOf(':') >= 0;
    if (v6 && addr.indexOf('%') >= 0) {
      return Optional.of(wrap + "IPv6 zones cannot be present in a prefix");
    }
    String bits = s.substring(slash + 1);
    if (bits.isEmpty() || bits.length() > 1 && (bits.charAt(0) < '1' || bits.charAt(0) > '9')
        || !bits.chars().allMatch(c -> c >= '0' && c <= '9') || bits.length() > 3) {
      return Optional.of(wrap + "bad bits after slash: " + GoQuote.quote(bits));
    }
    int n = Integer.parseInt(bits);
    if (n > (v6 ? 128 : 32)) {
      return Optional.of(wrap + "prefix length out of range");
    }
    return Optional.empty();
  }

  /** Go's {@code netip.ParseAddr} error, or empty when the address parses. */
  private static Optional<String> addressError(String in) {
    String head = "ParseAddr(" + GoQuote.quote(in) + "): ";
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '.') {
        return ipv4Error(in).map(e -> head + e);
      }
      if (c == ':') {
        String plain = in.indexOf('%') >= 0 ? in.substring(0, in.indexOf('%')) : in;
        return IpText.ipv6Groups(plain) == null ? Optional.of(head + "unable to parse IP") : Optional.empty();
      }
      if (c == '%') {
        return Optional.of(head + "missing IPv6 address");
      }
    }
    return Optional.of(head + "unable to parse IP");
  }

  private static Optional<String> ipv4Error(String s) {
    int val = 0;
    int pos = 0;
    int digLen = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digLen == 1 && val == 0) {
          return Optional.of("IPv4 field has octet with leading zero");
        }
        val = val * 10 + (c - '0');
        digLen++;
        if (val > 255) {
          return Optional.of("IPv4 field has value >255");
        }
      } else if (c == '.') {
        if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
          return Optional.of("IPv4 field must have at least one digit (at " + GoQuote.quote(s.substring(i)) + ")");
        }
        if (pos == 3) {
          return Optional.of("IPv4 address too long");
        }
        pos++;
        val = 0;
        digLen = 0;
      } else {
        return Optional.of("unexpected character (at " + GoQuote.quote(s.substring(i)) + ")");
      }
    }
    return pos < 3 ? Optional.of("IPv4 address too short") : Optional.empty();
  }
}
