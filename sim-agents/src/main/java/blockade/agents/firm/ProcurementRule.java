package blockade.agents.firm;

import java.util.ArrayList;
import java.util.List;

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
      w[i] = score[i] <= 0 ? 0 : StrictMath.pow(score[i] / best, sharpness);
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
    // water-filling: an offer capped by its unit limit passes the rest of its share to the others
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
      for (int i = 0; i < n; i++) {
        double v = offers.get(i).valuePerUnit(trainShare);
        if (fixed[i] || w[i] <= 0 || v <= 0) {
          continue;
        }
        double want = remaining * w[i] / open / v;
        if (want > offers.get(i).maxUnits()) {
          units[i] = offers.get(i).maxUnits();
          fixed[i] = true;
          remaining -= units[i] * v;
          capped = true;
          break; // shares of the others change: recompute
        }
        units[i] = want;
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
}
