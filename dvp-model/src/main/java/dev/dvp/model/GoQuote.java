package dev.dvp.model;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code %q} ({@code strconv.Quote}, Go's {@code strconv/quote.go}), the one quoting of every message the SDK
 * reproduces from Kubernetes and DVP (field errors' {@code Invalid value: "..."}, strict decoding, discovery).
 * Stateless and thread-safe.
 *
 * <p>Of a byte string ({@code strconv.Quote}): valid UTF-8 printable runes as they are, {@code "} and
 * <code>&#92;</code> escaped, the C escapes for control characters, <code>&#92;x</code> for other bytes below 0x80 and for invalid
 * UTF-8 (a multi-byte character cut in the middle), <code>&#92;u</code>/<code>&#92;U</code> for non-printable runes.
 */
public final class GoQuote {
  private GoQuote() {}

  /**
   * Quotes a string as Go quotes its UTF-8 bytes.
   *
   * @param text any text
   * @return the quoted text, e.g. {@code "a\tb"} for a tab between a and b
   */
  public static String quote(String text) {
    return quote(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Quotes a byte string: valid UTF-8 as text, other bytes as {@code \xNN}.
   *
   * @param bytes any bytes
   * @return the quoted text
   */
  public static String quote(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length + 2).append('"');
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      int rune = decode(bytes, i, len);
      if (rune < 0) {
        out.append(String.format("\\x%02x", b));
        i++;
        continue;
      }
      appendRune(out, rune);
      i += len;
    }
    return out.append('"').toString();
  }

  private static int decode(byte[] bytes, int at, int len) {
    if (len == 0 || at + len > bytes.length) {
      return -1;
    }
    if (len == 1) {
      return bytes[at];
    }
    int rune = bytes[at] & (0xff >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = bytes[at + k] & 0xff;
      if ((c & 0xc0) != 0x80) {
        return -1;
      }
      rune = (rune << 6) | (c & 0x3f);
    }
    boolean overlong = (len == 3 && rune < 0x800) || (len == 4 && (rune < 0x10000 || rune > 0x10ffff));
    boolean surrogate = rune >= 0xd800 && rune <= 0xdfff;
    return overlong || surrogate ? -1 : rune;
  }

  private static void appendRune(StringBuilder out, int rune) {
    switch (rune) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 7 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 11 -> out.append("\\v");
      default -> {
        if (rune < 0x20 || rune == 0x7f) {
          out.append(String.format("\\x%02x", rune));
        } else if (isPrintable(rune)) {
          out.appendCodePoint(rune);
        } else if (rune < 0x10000) {
          out.append(String.format("\\u%04x", rune));
        } else {
          out.append(String.format("\\U%08x", rune));
        }
      }
    }
  }

  // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
  private static boolean isPrintable(int rune) {
    if (rune == ' ') {
      return true;
    }
    switch (Character.getType(rune)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
