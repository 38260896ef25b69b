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
import blockade.core.market.Quote;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import blockade.core.random.Draws;
import blockade.core.random.KeyedStreams;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Smuggled US chips that are banned for China: sold at a premium to any buyer (listed ones
 * included), limited monthly volume rationed pro-rata, paid up front; each unit is seized with a
 * probability that rises with the regime's enforcement level (seized chips are paid for and lost).
 */
public final class GreyMarketAgent extends BaseAgent implements ChipSupplier {
  private final GreyMarketConfig cfg;
  private final KeyedStreams seizures; // keyed by buyer, SKU and month (DESIGN §1)
  private long sold;
  private long seized;

  public GreyMarketAgent(String id, GreyMarketConfig cfg, Port w) {
    super(id, "grey-market", EnumSet.noneOf(Phase.class));
    this.cfg = cfg;
    this.seizures = w.streams(id, "seizure");
  }

  @Override
  public void step(Phase phase, World w) {}

  double seizureProbability(SupplierPort w) {
    return Math.min(
        1,
        cfg.baseSeizureProbability()
            + cfg.seizurePerEnforcement() * w.regime().at(w.tick()).enforcement());
  }

  @Override
  public List<Quote> quotes(String buyer, Location location, SupplierPort w) {
    List<Quote> out = new ArrayList<>();
    if (!cfg.enabled() || location != Location.DOMESTIC || cfg.unitsPerMonth() < 1) {
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
                w.catalogue().price(sku.name()) * (1 + cfg.premiumShare()),
                1,
                p,
                (long) cfg.unitsPerMonth(),
                true));
      }
    }
    return out;
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
    }
    long[] granted =
        AllocationKernel.allocate((long) cfg.unitsPerMonth(), claims, AllocationRule.PRO_RATA);
    double p = seizureProbability(w);
    long seizedNow = 0;
    double seizedUsdM = 0;
    for (int i = 0; i < orders.size(); i++) {
      ChipOrder o = orders.get(i);
      if (granted[i] <= 0) {
        out.add(Acceptance.rejected(o));
        continue;
      }
      double price = w.catalogue().price(o.sku()) * (1 + cfg.premiumShare());
      long lost =
          Draws.binomial(seizures.about(o.buyer() + "/" + o.sku(), w.tick()), granted[i], p);
      long affordableLost =
          Math.min(lost, (long) Math.floor(w.ledger().balance(o.payer()) * 1e6 / price));
      if (affordableLost > 0) {
        w.ledger().transfer(o.payer(), id, affordableLost * price / 1e6, "grey-chips");
        w.chips().shipped(affordableLost);
        w.chips().seized(affordableLost);
        seized += affordableLost;
        w.stats().add(SupplierMetrics.SEIZED, affordableLost);
        seizedNow += affordableLost;
        seizedUsdM += affordableLost * price / 1e6;
      }
      long rest = granted[i] - lost;
      if (rest > 0) {
        out.add(Acceptance.of(o, rest, price, 1));
        sold += rest;
      } else {
        out.add(Acceptance.rejected(o));
      }
      w.stats().add(SupplierMetrics.PURCHASES_GREY, granted[i]);
    }
    if (seizedNow > 0) {
      w.event(
          SimEvent.of(EventTypes.GREY_SEIZURE, id, seizedNow + " smuggled chips seized this month")
              .units(seizedNow)
              .usdM(seizedUsdM));
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

  /** Chance a smuggled unit is seized now (NaN before it joins a world). */
  public double getSeizureProbability() {
    return world() == null ? Double.NaN : seizureProbability(world());
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("units_sold", sold);
    f.put("units_seized", seized);
    f.put("cash_usd_m", w.ledger().balance(id));
  }
}
