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
 *   <li><b>Demand and scarcity.</b> Users' spend follows a demand curve: the market path is their
 *       spend at a reference price, and the quantity they want falls with the price index (the
 *       share-weighted mean price) with a constant elasticity. When they want more at the cost-plus
 *       prices than all sellers together can serve, every price rises by one common factor until
 *       the quantity wanted equals capacity (or prices reach the ceiling): revenue is price ×
 *       quantity served, so with elastic demand it falls when capacity is removed.
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

  /** Share-weighted mean price users face (0 when no one sells). */
  public static double priceIndex(double[] weights, double[] price) {
    double w = 0;
    double wp = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0 && price[i] > 0) {
        w += weights[i];
        wp += weights[i] * price[i];
      }
    }
    return w > 0 ? wp / w : 0;
  }

  /**
   * Users' spend at a price index on a constant-elasticity demand curve through the market path:
   * {@code market × (priceIndex / referencePrice)^(1 − elasticity)}; the market path itself when
   * there is no reference price (≤ 0).
   */
  public static double spend(
      double market, double priceIndex, double referencePrice, double elasticity) {
    if (!(referencePrice > 0) || !(priceIndex > 0)) {
      return market;
    }
    return market * StrictMath.pow(priceIndex / referencePrice, 1 - elasticity);
  }

  /**
   * Common factor s ≥ 1 on the cost-plus prices at which users' demand meets what sellers can
   * serve: quantity wanted falls as s^−elasticity, so spend × s^−elasticity = capacity value (both
   * at cost-plus prices); at most {@code maxFactor} (the price ceiling), and {@code maxFactor} when
   * demand does not respond to price at all.
   */
  public static double scarcity(
      double spendAtCostPlus, double capacityValue, double elasticity, double maxFactor) {
    double cap = Math.max(1, maxFactor);
    if (!(capacityValue > 0) || spendAtCostPlus <= capacityValue) {
      return spendAtCostPlus > 0 && !(capacityValue > 0) ? cap : 1;
    }
    if (!(elasticity > 0)) {
      return cap;
    }
    return Math.min(cap, StrictMath.pow(spendAtCostPlus / capacityValue, 1 / elasticity));
  }

  /**
   * One month's market: {@code atCostPlus} is each seller's allocation valued at its cost-plus
   * price (its quantity × that price; revenue is this × {@code scarcity}), {@code uncapped} what
   * its users would buy at that price without capacity limits, {@code spend} users' spend at the
   * cost-plus prices and {@code unserved} the part of it no seller could serve.
   */
  public record Clearing(
      double[] atCostPlus, double[] uncapped, double spend, double unserved, double scarcity) {
    /** Revenue of seller i: its quantity at the market's price. */
    public double revenue(int i) {
      return atCostPlus[i] * scarcity;
    }
  }

  /**
   * Clears the month: spend on the demand curve at the cost-plus price index, shared by {@code
   * weights} within each seller's capacity ({@link #allocate}); when demand exceeds all capacity,
   * prices rise by the {@link #scarcity} factor, at most to {@code ceilingOverReference} × the
   * reference price (× the price index when there is no reference price).
   *
   * @param price cost-plus prices (USD per unit served)
   * @param capacity units each seller can serve
   * @param market users' spend at the reference price, in USD millions
   */
  public static Clearing clear(
      double[] weights,
      double[] price,
      double[] capacity,
      double market,
      double referencePrice,
      double elasticity,
      double ceilingOverReference) {
    int n = weights.length;
    double index = priceIndex(weights, price);
    double spend = index > 0 ? spend(market, index, referencePrice, elasticity) : 0;
    double[] capUsdM = new double[n];
    double capacityValue = 0;
    for (int i = 0; i < n; i++) {
      capUsdM[i] = price[i] > 0 ? capacity[i] * price[i] / 1e6 : 0;
      if (weights[i] > 0) {
        capacityValue += capUsdM[i];
      }
    }
    Allocation a = allocate(weights, capUsdM, spend);
    double factor = 1;
    if (a.unserved() > 1e-9 * Math.max(1, spend)) {
      double ceiling = ceilingOverReference * (referencePrice > 0 ? referencePrice : index);
      factor = scarcity(spend, capacityValue, elasticity, ceiling / index);
    }
    return new Clearing(a.revenue(), a.uncapped(), spend, a.unserved(), factor);
  }
}
