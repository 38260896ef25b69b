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
 * serving unit cost, markup and the cheapest rival ({@link ServicesMarket#prices}), users' spend on
 * the demand curve, shares by a logit on capability and price, each capped by the firm's serving
 * capacity, and a common scarcity markup when users want more than all firms can serve ({@link
 * ServicesMarket#clear}). It tells each firm its users' need (uncapped share) and its allocation;
 * the firm serves and is paid in OPERATE.
 */
public final class ServicesMarketAgent extends BaseAgent {
  public static final String ID = "services-market";
  // this month's allocations by firm (firms read their own: the market never writes into a firm)
  private final java.util.Map<String, Allocation> results = new java.util.LinkedHashMap<>();

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
  private double priceUsdPerH100eMonth;
  private double scarcity = 1;
  private double spendUsdM;

  public ServicesMarketAgent(ServicesMarketConfig cfg) {
    super(ID, "services-market", EnumSet.of(Phase.FUND));
    this.cfg = cfg;
    this.size = new MonthPath(cfg.usdBnPerYear());
  }

  @Override
  public void step(Phase phase, World w) {
    marketUsdM = size.at(w.calendar().month(w.tick())) * 1000 / 12;
    List<FirmAgent> firms = w.agents(FirmAgent.class);
    results.clear();
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
    for (int i = 0; i < n; i++) {
      finitePrice[i] = Double.isFinite(price[i]) ? price[i] : 0;
    }
    double[] weight =
        ServicesMarket.weights(
            capability, finitePrice, cfg.capabilitySensitivity(), cfg.priceElasticity());
    ServicesMarket.Clearing c =
        ServicesMarket.clear(
            weight,
            finitePrice,
            capacity,
            marketUsdM,
            cfg.referencePriceUsdPerMTok() * cfg.tokensPerH100eMonth() / 1e6,
            cfg.demandElasticity(),
            cfg.priceCeilingOverReference());
    scarcity = c.scarcity();
    spendUsdM = c.spend();
    revenueUsdM = 0;
    double quantity = 0;
    for (int i = 0; i < n; i++) {
      double p = finitePrice[i];
      // users' need is what they want at the cost-plus price: the signal firms buy serving chips on
      double need = p > 0 ? c.uncapped()[i] * 1e6 / p : 0;
      double alloc = p > 0 ? c.atCostPlus()[i] * 1e6 / p : 0;
      results.put(firms.get(i).id(), new Allocation(need, alloc, p * scarcity));
      revenueUsdM += c.revenue(i);
      quantity += alloc;
    }
    unservedUsdM = c.unserved();
    priceUsdPerH100eMonth = quantity > 0 ? revenueUsdM * 1e6 / quantity : 0;
    meanPriceUsdPerMTok = priceUsdPerH100eMonth / tokensPerH100eMonth(w.tick()) * 1e6;
  }

  /**
   * Tokens an effective H100e serves in a month at a tick: the configured base at the run's start,
   * growing with algorithmic inference gains. The spend path is users' spend at each month's
   * prices, so the gains lower the price per token and raise tokens served, not spend.
   */
  double tokensPerH100eMonth(int tick) {
    return cfg.tokensPerH100eMonth() * StrictMath.pow(1 + cfg.tokensGrowthPerYear(), tick / 12.0);
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  /** Quantity-weighted mean price of what was allocated, USD per effective H100e-month. */
  public double getPriceUsdPerH100eMonth() {
    return priceUsdPerH100eMonth;
  }

  /** Common factor on cost-plus prices this month (1 unless demand exceeds all capacity). */
  public double getScarcity() {
    return scarcity;
  }

  /** Users' spend at the cost-plus prices (on the demand curve), USD millions. */
  public double getSpendUsdM() {
    return spendUsdM;
  }

  /** This month's market path (users' spend at the reference price), USD millions. */
  public double getMarketUsdM() {
    return marketUsdM;
  }

  /** Revenue allocated to firms this month (before they serve it), USD millions. */
  public double getAllocatedUsdM() {
    return revenueUsdM;
  }

  /** Part of the spend at cost-plus prices no firm had the capacity to serve, USD millions. */
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
    f.put("spend_usd_m", spendUsdM);
    f.put("scarcity", scarcity);
  }

  /**
   * What the market allocated a firm this month: users' need at the cost-plus price and the
   * allocation, effective serving H100e, and the price, USD per H100e-month.
   */
  public record Allocation(double needH100e, double allocatedH100e, double priceUsdPerH100eMonth)
      implements java.io.Serializable {}

  /** This month's allocation for a firm, or null if it took no part this month. */
  public Allocation allocationFor(String firm) {
    return results.get(firm);
  }
}
