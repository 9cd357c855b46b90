package dev.dvp.ipam;

/**
 * Go's textual IP rules, as DVP applies them: {@code net.ParseIP} (dotted quads without leading zeros, IPv6 with at
 * most one {@code ::}, an optional trailing dotted quad, no zone). Stateless.
 */
final class IpText {
  /** What a string is, by {@code net.ParseIP}. */
  enum Kind {
    /** A dotted quad. */
    IPV4,
    /** An IPv6 literal that holds an IPv4 address ({@code ::ffff:10.66.10.14}). */
    IPV4_MAPPED,
    /** Any other IPv6 literal. */
    IPV6,
    /** Not an IP address. */
    INVALID
  }

  private IpText() {}

  /** The dotted quad's bits as an unsigned number, or -1 when the text is not one. */
  static long ipv4Bits(String text) {
    if (text == null || text.isEmpty()) {
      return -1;
    }
    long bits = 0;
    int fields = 0;
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int start = i;
      int value = 0;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
        if (i - start > 3) {
          return -1;
        }
      }
      int digits = i - start;
      if (digits == 0 || value > 255 || (digits > 1 && text.charAt(start) == '0')) {
        return -1;
      }
      bits = (bits << 8) | value;
      fields++;
      if (i == n) {
        break;
      }
      if (text.charAt(i) != '.' || fields == 4) {
        return -1;
      }
      i++;
    }
    return fields == 4 ? bits : -1;
  }

  /** Classifies a string as Go's {@code net.ParseIP} reads it. */
  static Kind kind(String text) {
    if (ipv4Bits(text) >= 0) {
      return Kind.IPV4;
    }
    int[] groups = ipv6Groups(text);
    if (groups == null) {
      return Kind.INVALID;
    }
    boolean mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
        && groups[5] == 0xFFFF;
    return mapped ? Kind.IPV4_MAPPED : Kind.IPV6;
  }

  /** The IPv4 address inside an IPv4 or IPv4-mapped literal ({@code net.IP.To4}), or -1. */
  static long to4(String text) {
    long v4 = ipv4Bits(text);
    if (v4 >= 0) {
      return v4;
    }
    int[] g = ipv6Groups(text);
    if (g == null || kind(text) != Kind.IPV4_MAPPED) {
      return -1;
    }
    return ((long) g[6] << 16) | g[7];
  }

  /** The eight 16-bit groups of an IPv6 literal, or {@code null} when it is not one (zones are refused). */
  static int[] ipv6Groups(String text) {
    if (text == null || text.length() < 2 || text.indexOf(':') < 0) {
      return null;
    }
    int[] groups = new int[8];
    int count = 0;
    int ellipsis = -1;
    int i = 0;
    int n = text.length();
    if (text.startsWith("::")) {
      ellipsis = 0;
      i = 2;
      if (i == n) {
        return groups;
      }
    }
    while (i < n) {
      int start = i;
      int value = 0;
      while (i < n && Character.digit(text.charAt(i), 16) >= 0 && i - start < 5) {
        value = value * 16 + Character.digit(text.charAt(i), 16);
        i++;
      }
      int len = i - start;
      if (len == 0 || len > 4) {
        return null;
      }
      if (i < n && text.charAt(i) == '.') {
        if (ellipsis < 0 && count != 6 || count > 6) {
          return null;
        }
        long v4 = ipv4Bits(text.substring(start));
        if (v4 < 0) {
          return null;
        }
        groups[count++] = (int) (v4 >>> 16);
        groups[count++] = (int) (v4 & 0xFFFF);
        i = n;
        break;
      }
      if (count == 8) {
        return null;
      }
      groups[count++] = value;
      if (i == n) {
        break;
      }
      if (text.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < n && text.charAt(i) == ':') {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = count;
        i++;
        if (i == n) {
          break;
        }
      } else if (i == n) {
        return null;
      }
    }
    if (ellipsis < 0) {
      return count == 8 ? groups : null;
    }
    if (count >= 8) {
      return null;
    }
    int shift = 8 - count;
    for (int j = count - 1; j >= ellipsis; j--) {
      groups[j + shift] = groups[j];
    }
    for (int j = ellipsis; j < ellipsis + shift; j++) {
      groups[j] = 0;
    }
    return groups;
  }
}
