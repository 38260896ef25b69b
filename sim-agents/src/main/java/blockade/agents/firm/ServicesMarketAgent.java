package blockade.agents.firm;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * China's AI-services market (DESIGN §2.9). Each month, before firms decide, it shares the market
 * of the configured size path among active firms with serving chips: prices from each firm's
 * serving unit cost, markup and the cheapest rival ({@link ServicesMarket#prices}), shares by a
 * logit on capability and price, each capped by the firm's serving capacity. It tells each firm its
 * users' need (uncapped share) and its allocation; the firm serves and is paid in OPERATE.
 */
public final class ServicesMarketAgent extends BaseAgent {
  public static final String ID = "services-market";

  /**
   * One firm's offer: capability (log10), unit cost (USD per H100e-month), serving capacity
   * (H100e).
   */
  public record Quote(double capability, double unitCostUsd, double capacityH100e) {}

  private final ServicesMarketConfig cfg;
  private final MonthPath size;
  private double marketUsdM;
  private double revenueUsdM;
  private double unservedUsdM;
  private double meanPriceUsdPerMTok;

  public ServicesMarketAgent(ServicesMarketConfig cfg) {
    super(ID, "services-market", EnumSet.of(Phase.FUND));
    this.cfg = cfg;
    this.size = new MonthPath(cfg.usdBnPerYear());
  }

  @Override
  public void step(Phase phase, World w) {
    marketUsdM = size.at(w.calendar().month(w.tick())) * 1000 / 12;
    List<FirmAgent> firms = w.agents(FirmAgent.class);
    int n = firms.size();
    double[] capability = new double[n];
    double[] cost = new double[n];
    double[] capacity = new double[n];
    for (int i = 0; i < n; i++) {
      Quote q = firms.get(i).servicesQuote(w);
      capability[i] = q.capability();
      // a firm without serving chips takes no part: its cost is left out of its rivals' prices
      cost[i] = q.capacityH100e() > 0 ? q.unitCostUsd() : Double.POSITIVE_INFINITY;
      capacity[i] = q.capacityH100e();
    }
    double[] price = ServicesMarket.prices(cost, cfg.markup(), cfg.floorMarkup());
    double[] finitePrice = new double[n];
    double[] capUsdM = new double[n];
    for (int i = 0; i < n; i++) {
      finitePrice[i] = Double.isFinite(price[i]) ? price[i] : 0;
      capUsdM[i] = capacity[i] * finitePrice[i] / 1e6;
    }
    double[] weight =
        ServicesMarket.weights(
            capability, finitePrice, cfg.capabilitySensitivity(), cfg.priceElasticity());
    ServicesMarket.Allocation a = ServicesMarket.allocate(weight, capUsdM, marketUsdM);
    revenueUsdM = 0;
    double tokens = 0;
    for (int i = 0; i < n; i++) {
      double p = finitePrice[i];
      double need = p > 0 ? a.uncapped()[i] * 1e6 / p : 0;
      double alloc = p > 0 ? a.revenue()[i] * 1e6 / p : 0;
      firms.get(i).services().result(need, alloc, p);
      revenueUsdM += a.revenue()[i];
      tokens += alloc * cfg.tokensPerH100eMonth();
    }
    unservedUsdM = a.unserved();
    meanPriceUsdPerMTok = tokens > 0 ? revenueUsdM * 1e6 / tokens * 1e6 : 0;
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  /** This month's market, USD millions. */
  public double getMarketUsdM() {
    return marketUsdM;
  }

  /** Revenue allocated to firms this month (before they serve it), USD millions. */
  public double getAllocatedUsdM() {
    return revenueUsdM;
  }

  /** Part of the market no firm had the capacity to serve this month, USD millions. */
  public double getUnservedUsdM() {
    return unservedUsdM;
  }

  /** Token-weighted mean price, USD per million tokens. */
  public double getMeanPriceUsdPerMTok() {
    return meanPriceUsdPerMTok;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("market_usd_m", marketUsdM);
    f.put("allocated_usd_m", revenueUsdM);
    f.put("unserved_usd_m", unservedUsdM);
    f.put("mean_price_usd_per_mtok", meanPriceUsdPerMTok);
  }
}
