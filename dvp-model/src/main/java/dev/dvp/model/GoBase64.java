package dev.dvp.model;

import java.util.OptionalInt;

/**
 * Go's {@code base64.StdEncoding} decoder as far as Kubernetes uses it: for {@code format: byte} fields of a CRD and
 * for Secret {@code data} values. It tells where Go reports a corrupt input, so messages carry Go's byte offset.
 *
 * <p>Like Go, line feeds and carriage returns are skipped; padding is required; anything after the padding is
 * corrupt.
 */
final class GoBase64 {
  private GoBase64() {}

  /**
   * Returns where Go's decoder stops with {@code illegal base64 data at input byte N}.
   *
   * @param text the encoded text
   * @return the offset N, or empty when the text decodes
   */
  static OptionalInt corruptAt(String text) {
    int si = 0;
    int length = text.length();
    while (true) {
      int j = 0;
      while (j < 4) {
        if (si == length) {
          if (j == 0) {
            return OptionalInt.empty();
          }
          return OptionalInt.of(si - j);
        }
        char in = text.charAt(si++);
        if (isAlphabet(in)) {
          j++;
          continue;
        }
        if (in == '\n' || in == '\r') {
          continue;
        }
        if (in != '=' || j < 2) {
          return OptionalInt.of(si - 1);
        }
        if (j == 2) {
          si = skipNewlines(text, si);
          if (si == length) {
            return OptionalInt.of(length);
          }
          if (text.charAt(si) != '=') {
            return OptionalInt.of(si - 1);
          }
          si++;
        }
        si = skipNewlines(text, si);
        return si < length ? OptionalInt.of(si) : OptionalInt.empty();
      }
    }
  }

  /**
   * Tells whether Go decodes the text.
   *
   * @param text the encoded text
   * @return {@code true} for valid standard Base64
   */
  static boolean isValid(String text) {
    return corruptAt(text).isEmpty();
  }

  private static int skipNewlines(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  private static boolean isAlphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
  }
}
