package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.market.Sku;
import blockade.core.random.Draws;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A firm's money for chips and the compute it would buy (DESIGN §2.2 step 1): incumbents spend the
 * chip share of an AI-capex path, startups their spendable cash paced over a target runway, both
 * plus reinvested AI revenue. Wanted compute is the fleet those budgets would have bought at
 * uncontrolled US prices, retired with the chips' service life, so unmet demand measures what
 * controls and scarcity take away.
 */
final class FirmBudget implements Serializable {
  private static final long serialVersionUID = 1L;

  private final MonthPath capexPath;
  private final double capexScale;

  /**
   * The budget's counterfactual fleet: {H100e bought at uncontrolled US prices, tick it retires}.
   */
  private final List<double[]> wantedCohorts = new ArrayList<>();

  private double chipBudgetUsdM;

  /**
   * What the parent added for stockpiles in the current episode of announced bans, USD millions.
   */
  private double advanceOutstandingUsdM;

  /** Draws the firm's capex scale (sources disagree) and seeds the counterfactual fleet. */
  FirmBudget(String id, FirmConfig cfg, BuyerPort world) {
    this.capexPath = new MonthPath(cfg.aiCapexUsdMPerYear());
    this.capexScale =
        cfg.aiCapexLogSd() > 0
            ? Draws.lognormal(world.stream(id + "/capex"), 1, cfg.aiCapexLogSd())
            : 1;
    // the counterfactual fleet starts as the real one and retires with it
    for (Map.Entry<String, Long> e : new TreeMap<>(cfg.initialFleet()).entrySet()) {
      Sku sku = world.catalogue().get(e.getKey());
      wantedCohorts.add(
          new double[] {
            e.getValue() * sku.trainPerf(), world.tick() - 12 + sku.serviceLifeMonths()
          });
    }
  }

  /** This month's AI capex from the parent's path, USD millions (0 without a path). */
  double capexUsdMThisMonth(BuyerPort w) {
    return capexPath.at(w.calendar().month(w.tick())) * capexScale / 12;
  }

  /**
   * What the parent business would still add from its own cash for a stockpile now, USD millions:
   * {@code stockpileAdvanceMonths} of this month's chip capex, less what it added since bans were
   * announced in this episode.
   */
  double advanceAvailableUsdM(BuyerPort w, FirmBehaviourConfig beh) {
    double limit = beh.stockpileAdvanceMonths() * capexUsdMThisMonth(w) * beh.chipShareOfCapex();
    return Math.max(0, limit - advanceOutstandingUsdM);
  }

  /** Records money the parent added for a stockpile, USD millions. */
  void advanced(double usdM) {
    advanceOutstandingUsdM += usdM;
  }

  /** Ends an episode of announced bans: the next one may draw on the parent again. */
  void endAdvanceEpisode() {
    advanceOutstandingUsdM = 0;
  }

  /** Money for chips this month, USD millions, as last set by {@link #update}. */
  double chipBudgetUsdM() {
    return chipBudgetUsdM;
  }

  /**
   * Sets this month's chip budget, adds what it would buy to the counterfactual fleet and returns
   * that fleet's live size, H100e.
   *
   * @param spendableUsdM a startup's cash above its reserve (ignored for incumbents)
   * @param revenueUsdM last month's AI revenue, USD millions
   */
  double update(
      BuyerPort w,
      boolean startup,
      double spendableUsdM,
      FirmBehaviourConfig beh,
      double revenueUsdM) {
    int t = w.tick();
    double base =
        startup
            ? spendableUsdM / beh.targetRunwayMonths()
            : capexUsdMThisMonth(w) * beh.chipShareOfCapex();
    chipBudgetUsdM = base + beh.revenueReinvestShare() * revenueUsdM;
    Sku best = bestUncontrolledUsSku(w);
    if (best != null && chipBudgetUsdM > 0) {
      wantedCohorts.add(
          new double[] {
            chipBudgetUsdM * 1e6 / (best.priceUsd() / best.trainPerf()),
            t + best.serviceLifeMonths()
          });
    }
    wantedCohorts.removeIf(c -> c[1] <= t);
    double sum = 0;
    for (double[] c : wantedCohorts) {
      sum += c[0];
    }
    return sum;
  }

  /**
   * The best US chip on sale with no export controls (lowest list price per unit of training
   * throughput); null when none is on sale.
   */
  static Sku bestUncontrolledUsSku(BuyerPort w) {
    Sku best = null;
    for (Sku s : w.catalogue().all()) {
      if (s.isUs()
          && s.onSale(w.tick())
          && s.trainPerf() > 0
          && (best == null || s.priceUsd() / s.trainPerf() < best.priceUsd() / best.trainPerf())) {
        best = s;
      }
    }
    return best;
  }
}
