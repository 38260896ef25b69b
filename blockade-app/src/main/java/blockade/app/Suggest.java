package blockade.app;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for mistyped names: the closest candidate within a small edit distance. */
final class Suggest {
  private Suggest() {}

  /**
   * The candidate nearest to {@code typed} (case-insensitive Damerau–Levenshtein, at most 2 edits
   * and fewer than half its length), or null; ties go to the first candidate in order.
   */
  static String closest(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(t, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.min(2, Math.max(1, (t.length() - 1) / 2));
    return bestDistance > 0 && bestDistance <= limit ? best : null;
  }

  /** Optimal string alignment distance (adjacent transpositions count as one edit). */
  static int distance(String a, String b) {
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
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
