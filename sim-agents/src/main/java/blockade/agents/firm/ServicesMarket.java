package blockade.agents.firm;

/**
 * The pure kernel of the AI-services market (DESIGN §2.9): prices, logit shares and the capacity
 * cap. No state, no randomness; {@link ServicesMarketAgent} feeds it each month.
 *
 * <ul>
 *   <li><b>Price.</b> A firm lists at its serving unit cost times a markup; a cheaper rival's list
 *       price pulls it down (the May 2024 price war), but not below its cost times a floor markup.
 *   <li><b>Shares.</b> Weight = exp(capabilitySensitivity × (capability − best capability)) ×
 *       (price / lowest price)^−priceElasticity; the market (USD) is shared in proportion.
 *   <li><b>Capacity.</b> A firm earns at most what its serving compute can deliver; the excess is
 *       re-shared among the others by their weights (water-filling); what no one can serve is left
 *       unserved.
 * </ul>
 */
public final class ServicesMarket {
  private ServicesMarket() {}

  /**
   * Price of one firm: min(own list, cheapest rival list), not below its floor.
   *
   * @param unitCost serving cost per unit (any consistent unit, e.g. USD per H100e-month)
   * @param markup list markup over cost (≥ floorMarkup)
   * @param floorMarkup lowest markup over cost the firm accepts in a price war
   * @param cheapestRivalList lowest list price among its rivals (+∞ when it has none)
   */
  public static double price(
      double unitCost, double markup, double floorMarkup, double cheapestRivalList) {
    double list = unitCost * markup;
    return Math.max(unitCost * floorMarkup, Math.min(list, cheapestRivalList));
  }

  /**
   * Prices of all sellers given their unit costs: each faces the cheapest list price of the others.
   */
  public static double[] prices(double[] unitCost, double markup, double floorMarkup) {
    int n = unitCost.length;
    double lowest = Double.POSITIVE_INFINITY;
    double second = Double.POSITIVE_INFINITY;
    int lowestAt = -1;
    for (int i = 0; i < n; i++) {
      double l = unitCost[i] * markup;
      if (l < lowest) {
        second = lowest;
        lowest = l;
        lowestAt = i;
      } else if (l < second) {
        second = l;
      }
    }
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = price(unitCost[i], markup, floorMarkup, i == lowestAt ? second : lowest);
    }
    return p;
  }

  /**
   * Logit weights on capability and price. A NaN capability (never trained) counts as the lowest
   * finite capability minus one (10× less effective compute).
   */
  public static double[] weights(
      double[] capability, double[] price, double capabilitySensitivity, double priceElasticity) {
    int n = capability.length;
    double best = Double.NEGATIVE_INFINITY;
    double worst = Double.POSITIVE_INFINITY;
    double cheapest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(capability[i])) {
        best = Math.max(best, capability[i]);
        worst = Math.min(worst, capability[i]);
      }
      if (price[i] > 0) {
        cheapest = Math.min(cheapest, price[i]);
      }
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(price[i] > 0)) {
        continue;
      }
      double c =
          Double.isNaN(capability[i]) ? (Double.isInfinite(worst) ? 0 : worst - 1) : capability[i];
      double top = Double.isInfinite(best) ? c : best;
      w[i] =
          StrictMath.exp(capabilitySensitivity * (c - top))
              * StrictMath.pow(price[i] / cheapest, -priceElasticity);
    }
    return w;
  }

  /** Revenue each seller earns and what it would have earned without capacity limits. */
  public record Allocation(double[] revenue, double[] uncapped, double unserved) {}

  /**
   * Shares {@code market} by {@code weights}, each seller capped at {@code cap} (same money unit);
   * a capped seller's excess goes to the others by their weights until none is capped or all are.
   */
  public static Allocation allocate(double[] weights, double[] cap, double market) {
    int n = weights.length;
    double[] revenue = new double[n];
    double[] uncapped = new double[n];
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (total <= 0 || market <= 0) {
      return new Allocation(revenue, uncapped, Math.max(0, market));
    }
    for (int i = 0; i < n; i++) {
      uncapped[i] = market * weights[i] / total;
    }
    boolean[] fixed = new boolean[n];
    double remaining = market;
    boolean changed = true;
    while (changed && remaining > 1e-12) {
      changed = false;
      double open = 0;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          open += weights[i];
        }
      }
      if (open <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && weights[i] > 0 && remaining * weights[i] / open >= cap[i]) {
          revenue[i] = Math.max(0, cap[i]);
          fixed[i] = true;
          remaining -= revenue[i];
          changed = true;
        }
      }
      if (!changed) {
        for (int i = 0; i < n; i++) {
          if (!fixed[i]) {
            revenue[i] = remaining * weights[i] / open;
          }
        }
        remaining = 0;
      }
    }
    return new Allocation(revenue, uncapped, Math.max(0, remaining));
  }
}
