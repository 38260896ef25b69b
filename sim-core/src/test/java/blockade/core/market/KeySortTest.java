package blockade.core.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeySortTest {
  /** The order a stable comparator sort gives: by key, ties in input order. */
  private static int[] reference(long[] key, Comparator<Long> order) {
    List<Integer> pos = new ArrayList<>();
    for (int i = 0; i < key.length; i++) {
      pos.add(i);
    }
    pos.sort((a, b) -> order.compare(key[a], key[b]));
    return pos.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] keySorted(long[] key) {
    long[] k = key.clone();
    int[] pos = new int[key.length];
    for (int i = 0; i < pos.length; i++) {
      pos[i] = i;
    }
    KeySort.sort(k, pos, pos.length);
    for (int i = 0; i < pos.length; i++) {
      assertTrue(k[i] == key[pos[i]], "keys move with their positions");
    }
    return pos;
  }

  @Test
  void signedKeysSortLikeLongCompareAndKeepTiesInInputOrder() {
    SplittableRandom r = new SplittableRandom(1);
    for (int n : new int[] {0, 1, 2, 17, 1000, 20000}) {
      long[] raw = new long[n];
      long[] key = new long[n];
      for (int i = 0; i < n; i++) {
        raw[i] = r.nextInt(4) == 0 ? r.nextInt(-3, 3) : r.nextLong(); // many ties too
        key[i] = KeySort.signedKey(raw[i]);
      }
      assertArrayEquals(reference(raw, Long::compare), keySorted(key), "n=" + n);
    }
  }

  @Test
  void doubleKeysSortLikeDoubleCompare() {
    SplittableRandom r = new SplittableRandom(2);
    double[] special = {0.0, -0.0, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300};
    int n = 5000;
    double[] d = new double[n];
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      d[i] = r.nextBoolean() ? special[r.nextInt(special.length)] : r.nextGaussian() * 1e3;
      key[i] = KeySort.doubleKey(d[i]);
    }
    List<Integer> pos = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pos.add(i);
    }
    pos.sort((a, b) -> Double.compare(d[a], d[b]));
    assertArrayEquals(pos.stream().mapToInt(Integer::intValue).toArray(), keySorted(key));
  }
}
