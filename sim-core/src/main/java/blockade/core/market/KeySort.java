package blockade.core.market;

import java.util.Arrays;

/**
 * A stable sort of positions by 64-bit keys compared as unsigned numbers: a least-significant-digit
 * radix sort, a byte at a time, skipping the bytes every key shares. Stable, so positions with
 * equal keys keep their input order; linear in the number of keys, so the engine's decision order
 * and the call auction's price order cost a few passes over primitive arrays instead of an object
 * sort.
 */
public final class KeySort {
  private KeySort() {}

  /**
   * Sorts {@code pos[0..n)} by {@code key[0..n)} (the key of {@code pos[k]} is {@code key[k]}), in
   * place: afterwards keys are ascending as unsigned longs and {@code key[k]} is still the key of
   * {@code pos[k]}.
   */
  public static void sort(long[] key, int[] pos, int n) {
    if (n < 2) {
      return;
    }
    long[] key2 = new long[n];
    int[] pos2 = new int[n];
    long[] k1 = key;
    int[] p1 = pos;
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      Arrays.fill(count, 0);
      for (int k = 0; k < n; k++) {
        count[(int) ((k1[k] >>> shift) & 0xff) + 1]++;
      }
      boolean oneBucket = false;
      for (int b = 1; b <= 256; b++) {
        if (count[b] == n) {
          oneBucket = true;
          break;
        }
      }
      if (oneBucket) {
        continue; // every key has this byte: the pass would move nothing
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int k = 0; k < n; k++) {
        int at = count[(int) ((k1[k] >>> shift) & 0xff)]++;
        pos2[at] = p1[k];
        key2[at] = k1[k];
      }
      long[] tk = k1;
      k1 = key2;
      key2 = tk;
      int[] tp = p1;
      p1 = pos2;
      pos2 = tp;
    }
    if (k1 != key) {
      System.arraycopy(k1, 0, key, 0, n);
      System.arraycopy(p1, 0, pos, 0, n);
    }
  }

  /** A double as a long whose unsigned order is {@link Double#compare}'s order. */
  public static long doubleKey(double d) {
    long bits = Double.doubleToLongBits(d);
    return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
  }

  /** A signed long as a long whose unsigned order is {@link Long#compare}'s order. */
  public static long signedKey(long v) {
    return v ^ Long.MIN_VALUE;
  }
}
