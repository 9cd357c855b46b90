package dev.dvp.model;

import java.util.Locale;

/**
 * The "Maybe ...?" hint of strictness findings: which known name a misspelt one was probably meant to be (a field
 * of a kind for {@link UnknownFields}, a kind of an API group for {@link ServedKinds}). The SDK's own; the API
 * server gives no such hint.
 */
final class NearestName {
  private NearestName() {}

  /**
   * The known name closest to an unknown one: equal ignoring case first, then the smallest optimal-string-alignment
   * distance (edits and adjacent transpositions, ignoring case), at most 1 for names of up to 4 characters and 2 for
   * longer ones; ties go to the field the kind lists first.
   *
   * @return the name, or {@code null} when none is near
   */
  static String of(String unknown, Iterable<String> known) {
    String lower = unknown.toLowerCase(Locale.ROOT);
    int limit = unknown.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** Optimal string alignment distance; any value above {@code limit} is reported as {@code limit + 1}. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return Math.min(d[a.length()][b.length()], limit + 1);
  }
}
