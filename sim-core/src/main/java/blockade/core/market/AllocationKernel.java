package blockade.core.market;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a supplier's scarce whole units among claims (DESIGN §2.1) as a pure function. Nobody gets
 * more than requested, the total handed out is min(capacity, total requested), and the result does
 * not depend on the order of the claims (ties go by agent id).
 *
 * <p>{@link AllocationRule#PRO_RATA}: floor of capacity × request / total, then the leftover units
 * one each to the largest remainders. {@link AllocationRule#PRIORITY}: designated claims first (pro
 * rata among them when capacity is short), then the rest pro rata.
 */
public final class AllocationKernel {
  static final String BAD_CAPACITY = "capacity must be ≥ 0, got %d";
  static final String BAD_CLAIM = "claim %d is null or has no agent id";
  static final String BAD_REQUEST = "claim %d (%s) requested units must be ≥ 0, got %d";
  static final String TOO_MUCH = "total requested units overflow a long";

  private AllocationKernel() {}

  /**
   * Allocates {@code capacityUnits} among {@code claims}.
   *
   * @return units per claim, index-aligned with {@code claims}
   * @throws IllegalArgumentException on negative capacity or requests, null claims or rule
   */
  public static long[] allocate(long capacityUnits, List<Claim> claims, AllocationRule rule) {
    if (claims == null || rule == null) {
      throw new IllegalArgumentException("claims and rule must not be null");
    }
    if (capacityUnits < 0) {
      throw new IllegalArgumentException(String.format(BAD_CAPACITY, capacityUnits));
    }
    long total = 0;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c == null || c.agentId() == null) {
        throw new IllegalArgumentException(String.format(BAD_CLAIM, i));
      }
      if (c.requestedUnits() < 0) {
        throw new IllegalArgumentException(
            String.format(BAD_REQUEST, i, c.agentId(), c.requestedUnits()));
      }
      try {
        total = Math.addExact(total, c.requestedUnits());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(TOO_MUCH, e);
      }
    }
    long[] out = new long[claims.size()];
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      all.add(i);
    }
    if (rule == AllocationRule.PRO_RATA) {
      proRata(capacityUnits, claims, all, out);
      return out;
    }
    List<Integer> designated = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i : all) {
      (claims.get(i).designated() ? designated : others).add(i);
    }
    long left = capacityUnits - proRata(capacityUnits, claims, designated, out);
    proRata(left, claims, others, out);
    return out;
  }

  /** Pro-rata with largest remainders over the claims at {@code idx}; returns units handed out. */
  private static long proRata(long capacity, List<Claim> claims, List<Integer> idx, long[] out) {
    long total = 0;
    for (int i : idx) {
      total += claims.get(i).requestedUnits();
    }
    if (total <= capacity) {
      for (int i : idx) {
        out[i] = claims.get(i).requestedUnits();
      }
      return total;
    }
    // capacity × request can overflow a long, so the exact shares use BigInteger
    BigInteger cap = BigInteger.valueOf(capacity);
    BigInteger tot = BigInteger.valueOf(total);
    long[] remainder = new long[claims.size()];
    long given = 0;
    for (int i : idx) {
      long req = claims.get(i).requestedUnits();
      if (Math.multiplyHigh(capacity, req) == 0 && capacity * req >= 0) {
        // the product fits a long (the usual case): the same quotient and remainder, no BigInteger
        long p = capacity * req;
        out[i] = p / total;
        remainder[i] = p % total;
      } else {
        BigInteger[] qr = cap.multiply(BigInteger.valueOf(req)).divideAndRemainder(tot);
        out[i] = qr[0].longValueExact();
        remainder[i] = qr[1].longValueExact();
      }
      given += out[i];
    }
    long leftover = capacity - given;
    if (leftover <= 0) {
      return capacity;
    }
    // remainders share the denominator, so comparing them compares the fractional parts; largest
    // first, then by agent id and request (a stable sort, as always)
    List<Integer> order = new ArrayList<>(idx);
    order.sort(
        (a, b) -> {
          int c = Long.compare(-remainder[a], -remainder[b]);
          if (c != 0) {
            return c;
          }
          Claim ca = claims.get(a);
          Claim cb = claims.get(b);
          c = ca.agentId().compareTo(cb.agentId());
          return c != 0 ? c : Long.compare(ca.requestedUnits(), cb.requestedUnits());
        });
    for (int k = 0; k < order.size() && leftover > 0; k++) {
      int i = order.get(k);
      if (remainder[i] > 0) {
        out[i]++;
        leftover--;
      }
    }
    return capacity;
  }
}
