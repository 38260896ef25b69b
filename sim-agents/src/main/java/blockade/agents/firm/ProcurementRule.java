package blockade.agents.firm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Chooses how many units of each offer to order: shares of the wanted effective compute go to
 * offers in proportion to (effective compute per dollar)^sharpness — a logit-like choice, so the
 * best value dominates but firms diversify — with at least {@code minDomesticShare} of the wanted
 * compute sought from domestic chips (China's guidance for state-linked buyers), capped by budget
 * and offer limits; an offer capped by its limit (grey or used chips) passes the rest of its share
 * to the others.
 */
public final class ProcurementRule {
  private ProcurementRule() {}

  /** Units to order of one offer. */
  public record Line(Offer offer, long units) {
    public double costUsdM() {
      return units * offer.unitPriceUsd() / 1e6;
    }
  }

  /**
   * @param offers what the firm may buy
   * @param needH100e effective compute wanted
   * @param budgetUsdM money available for the orders
   * @param trainShare share of the need that is training (rest is serving)
   * @param sharpness exponent of the choice
   * @param minDomesticShare minimum share of the wanted compute sought from domestic chips (0 =
   *     none)
   */
  public static List<Line> choose(
      List<Offer> offers,
      double needH100e,
      double budgetUsdM,
      double trainShare,
      double sharpness,
      double minDomesticShare) {
    return choose(
        offers, needH100e, budgetUsdM, trainShare, sharpness, minDomesticShare, SharedLimit.NONE);
  }

  /**
   * A limit several offers draw on together, e.g. the free power of a firm's offshore sites: each
   * unit of an offer uses {@code usePerUnit} of it (0 for offers outside it).
   */
  public record SharedLimit(double capacity, ToDoubleFunction<Offer> usePerUnit) {
    /** No shared limit. */
    public static final SharedLimit NONE = new SharedLimit(0, o -> 0);
  }

  /**
   * Like {@link #choose(List, double, double, double, double, double)}, with the offers that use
   * {@code shared} together held within its capacity: when their shares would overrun it, they are
   * scaled down to fill it exactly and the rest of the wanted compute passes to the other offers.
   */
  public static List<Line> choose(
      List<Offer> offers,
      double needH100e,
      double budgetUsdM,
      double trainShare,
      double sharpness,
      double minDomesticShare,
      SharedLimit shared) {
    List<Line> out = new ArrayList<>();
    if (offers.isEmpty() || needH100e <= 0 || budgetUsdM <= 0) {
      return out;
    }
    int n = offers.size();
    double[] score = new double[n];
    double best = 0;
    for (int i = 0; i < n; i++) {
      score[i] = offers.get(i).valuePerMusd(trainShare);
      best = Math.max(best, score[i]);
    }
    if (best <= 0) {
      return out;
    }
    double[] w = new double[n];
    double sumDom = 0;
    double sumUs = 0;
    for (int i = 0; i < n; i++) {
      w[i] = score[i] <= 0 ? 0 : power(score[i] / best, sharpness);
      if (offers.get(i).domestic()) {
        sumDom += w[i];
      } else {
        sumUs += w[i];
      }
    }
    double total = sumDom + sumUs;
    // shares of the wanted compute: enforce the domestic minimum by rescaling the two groups
    double domShare = total > 0 ? sumDom / total : 0;
    if (minDomesticShare > domShare && sumDom > 0) {
      for (int i = 0; i < n; i++) {
        w[i] =
            offers.get(i).domestic()
                ? w[i] / sumDom * minDomesticShare
                : (sumUs > 0 ? w[i] / sumUs * (1 - minDomesticShare) : 0);
      }
    }
    // water-filling: an offer capped by its unit limit passes the rest of its share to the
    // others, and so do the offers of the shared limit together once their shares overrun it
    double[] use = new double[n];
    for (int i = 0; i < n; i++) {
      use[i] = Math.max(0, shared.usePerUnit().applyAsDouble(offers.get(i)));
    }
    double sharedLeft = Math.max(0, shared.capacity());
    double[] units = new double[n];
    boolean[] fixed = new boolean[n];
    double remaining = needH100e;
    boolean capped = true;
    while (capped && remaining > 0) {
      capped = false;
      double open = 0;
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && w[i] > 0 && offers.get(i).valuePerUnit(trainShare) > 0) {
          open += w[i];
        }
      }
      if (open <= 0) {
        break;
      }
      double[] want = new double[n];
      double sharedWant = 0;
      for (int i = 0; i < n; i++) {
        double v = offers.get(i).valuePerUnit(trainShare);
        if (!fixed[i] && w[i] > 0 && v > 0) {
          want[i] = remaining * w[i] / open / v;
          sharedWant += want[i] * use[i];
        }
      }
      // the shared offers together get at most what is left of the shared limit
      double scale = sharedWant > sharedLeft ? sharedLeft / sharedWant : 1;
      for (int i = 0; i < n; i++) {
        if (want[i] <= 0) {
          continue;
        }
        double u = use[i] > 0 ? want[i] * scale : want[i];
        if (u > offers.get(i).maxUnits()) {
          units[i] = offers.get(i).maxUnits();
          fixed[i] = true;
          remaining -= units[i] * offers.get(i).valuePerUnit(trainShare);
          sharedLeft = Math.max(0, sharedLeft - units[i] * use[i]);
          capped = true;
          break; // shares of the others change: recompute
        }
        units[i] = u;
      }
      if (!capped && scale < 1) {
        // the shared limit binds: its offers are fixed at their part of it, the rest of the
        // wanted compute passes to the others
        for (int i = 0; i < n; i++) {
          if (want[i] > 0 && use[i] > 0) {
            fixed[i] = true;
            remaining -= units[i] * offers.get(i).valuePerUnit(trainShare);
          }
        }
        sharedLeft = 0;
        capped = true;
      }
    }
    double cost = 0;
    for (int i = 0; i < n; i++) {
      cost += units[i] * offers.get(i).unitPriceUsd() / 1e6;
    }
    double scale = cost > budgetUsdM ? budgetUsdM / cost : 1;
    for (int i = 0; i < n; i++) {
      long u = (long) Math.floor(units[i] * scale);
      if (u > 0) {
        out.add(new Line(offers.get(i), u));
      }
    }
    return out;
  }

  /**
   * {@code x} to the power {@code p}: by repeated squaring when {@code p} is a whole number from 0
   * to 64 (the configs' sharpness is 6; a handful of exact IEEE products, the same on every JVM, at
   * a fraction of the cost of {@code StrictMath.pow}), else {@code StrictMath.pow}.
   */
  static double power(double x, double p) {
    if (p >= 0 && p <= 64 && p == Math.rint(p)) {
      int n = (int) p;
      double r = 1;
      double b = x;
      while (n > 0) {
        if ((n & 1) != 0) {
          r *= b;
        }
        b *= b;
        n >>= 1;
      }
      return r;
    }
    return StrictMath.pow(x, p);
  }
}
