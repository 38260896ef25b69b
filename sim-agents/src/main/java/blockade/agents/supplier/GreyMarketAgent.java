package blockade.agents.supplier;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.Phase;
import blockade.core.engine.Port;
import blockade.core.engine.SupplierPort;
import blockade.core.engine.World;
import blockade.core.market.Acceptance;
import blockade.core.market.AllocationKernel;
import blockade.core.market.AllocationRule;
import blockade.core.market.ChipOrder;
import blockade.core.market.Claim;
import blockade.core.market.Location;
import blockade.core.market.PriceAdjustRule;
import blockade.core.market.Quote;
import blockade.core.market.Sku;
import blockade.core.random.Draws;
import blockade.core.random.KeyedStreams;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Smuggled US chips that are banned for China, run as a business (DESIGN §2.1): sold at a premium
 * to any buyer (listed ones included), a monthly capacity rationed pro-rata, paid up front; each
 * unit is seized with a probability that rises with the regime's enforcement level (seized chips
 * are paid for and lost). After each month's orders the premium moves with excess demand (it clears
 * the market), and capacity follows the smugglers' margin — premium less their costs and the cost
 * of enforcement — averaged over a lag: it grows while the margin beats a hurdle and shrinks when
 * enforcement or a glut eats it.
 */
public final class GreyMarketAgent extends BaseAgent implements ChipSupplier {
  private final GreyMarketConfig cfg;
  private final KeyedStreams seizures; // keyed by buyer, SKU and month (DESIGN §1)
  private long sold;
  private long seized;
  private double premium;
  private double capacity;
  private double marginAvg;
  private double orderedThisMonth;

  public GreyMarketAgent(String id, GreyMarketConfig cfg, Port w) {
    super(id, "grey-market", EnumSet.of(Phase.RECORD));
    this.cfg = cfg;
    this.seizures = w.streams(id, "seizure");
    this.premium = cfg.premiumShare();
    this.capacity = cfg.unitsPerMonth();
    this.marginAvg = cfg.hurdleMarginShare();
  }

  @Override
  public void step(Phase phase, World w) {
    adapt(w);
  }

  /** The smugglers' margin over list price now: premium less costs and the cost of enforcement. */
  double margin(SupplierPort w) {
    return premium
        - cfg.costShare()
        - cfg.enforcementCostShare() * w.regime().at(w.tick()).enforcement();
  }

  /**
   * After the month's orders: the premium moves with excess demand (bounded steps, within its
   * bounds), and capacity follows the lagged margin. Nothing moves while nothing is banned.
   */
  void adapt(SupplierPort w) {
    if (!cfg.enabled() || !anyBanned(w)) {
      orderedThisMonth = 0;
      return;
    }
    double next =
        PriceAdjustRule.next(
            1 + premium,
            orderedThisMonth,
            Math.max(1, capacity),
            cfg.premiumSensitivity(),
            cfg.maxPremiumStepShare(),
            1 + cfg.minPremiumShare());
    premium = Math.min(cfg.maxPremiumShare(), next - 1);
    marginAvg += (margin(w) - marginAvg) / cfg.lagMonths();
    double step =
        Math.max(
            -(cfg.maxCapacityDeclineShare() != null
                ? cfg.maxCapacityDeclineShare()
                : cfg.maxCapacityStepShare()),
            Math.min(
                cfg.maxCapacityStepShare(),
                cfg.capacityResponsePerMonth() * (marginAvg - cfg.hurdleMarginShare())));
    capacity = Math.max(cfg.minUnitsPerMonth(), capacity * (1 + step));
    orderedThisMonth = 0;
  }

  private static boolean anyBanned(SupplierPort w) {
    for (Sku sku : w.catalogue().all()) {
      if (sku.isUs() && w.regime().bannedForChina(sku.name(), w.tick())) {
        return true;
      }
    }
    return false;
  }

  double seizureProbability(SupplierPort w) {
    return Math.min(
        1,
        cfg.baseSeizureProbability()
            + cfg.seizurePerEnforcement() * w.regime().at(w.tick()).enforcement());
  }

  @Override
  public List<Quote> quotes(String buyer, Location location, SupplierPort w) {
    List<Quote> out = new ArrayList<>();
    if (!cfg.enabled() || location != Location.DOMESTIC || capacity < 1) {
      return out;
    }
    double p = 1 - seizureProbability(w);
    for (Sku sku : w.catalogue().all()) {
      if (sku.isUs()
          && sku.releaseTick() <= w.tick()
          && w.regime().bannedForChina(sku.name(), w.tick())) {
        out.add(
            new Quote(
                id,
                sku,
                location,
                w.catalogue().price(sku.name()) * (1 + premium),
                1,
                p,
                (long) capacity,
                true));
      }
    }
    return out;
  }

  @Override
  public void lost(Acceptance a, long paidUnits, SupplierPort w) {
    seized += paidUnits;
  }

  @Override
  public List<Acceptance> fill(List<ChipOrder> orders, SupplierPort w) {
    List<Acceptance> out = new ArrayList<>();
    if (orders.isEmpty()) {
      return out;
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      claims.add(new Claim(orders.get(i).buyer() + "#" + i, orders.get(i).units(), false));
      orderedThisMonth += orders.get(i).units();
    }
    long[] granted = AllocationKernel.allocate((long) capacity, claims, AllocationRule.PRO_RATA);
    double p = seizureProbability(w);
    for (int i = 0; i < orders.size(); i++) {
      ChipOrder o = orders.get(i);
      if (granted[i] <= 0) {
        out.add(Acceptance.rejected(o));
        continue;
      }
      double price = w.catalogue().price(o.sku()) * (1 + premium);
      // seized units are paid for and lost: the settlement charges the payer for them
      long lost =
          Draws.binomial(seizures.about(o.buyer() + "/" + o.sku(), w.tick()), granted[i], p);
      long rest = granted[i] - lost;
      Acceptance a = rest > 0 ? Acceptance.of(o, rest, price, 1) : Acceptance.rejected(o);
      out.add(lost > 0 ? a.losing(lost, price) : a);
      sold += Math.max(0, rest);
      w.stats().add(SupplierMetrics.PURCHASES_GREY, granted[i]);
    }
    return out;
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  public long getUnitsSold() {
    return sold;
  }

  public long getUnitsSeized() {
    return seized;
  }

  /** Premium over list price now, as a share. */
  public double getPremiumShare() {
    return premium;
  }

  /** Units it can move per month now. */
  public double getCapacityUnitsPerMonth() {
    return capacity;
  }

  /** The smugglers' margin over list averaged over the lag, as a share. */
  public double getAverageMarginShare() {
    return marginAvg;
  }

  /** Chance a smuggled unit is seized now (NaN before it joins a world). */
  public double getSeizureProbability() {
    return world() == null ? Double.NaN : seizureProbability(world());
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("units_sold", sold);
    f.put("units_seized", seized);
    f.put("premium_share", premium);
    f.put("capacity_units_per_month", capacity);
    f.put("cash_usd_m", w.ledger().balance(id));
  }
}
