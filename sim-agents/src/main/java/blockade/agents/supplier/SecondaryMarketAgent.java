package blockade.agents.supplier;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.BuyerPort;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.ChipsTaker;
import blockade.core.engine.FleetHolder;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Used chips from bankrupt startups, resold at a discount (DESIGN §2.3: their GPUs go back to the
 * market). Holds them as inventory until sold; its sale proceeds go to the failed firms' creditors
 * (they stay in this account).
 */
public final class SecondaryMarketAgent extends BaseAgent
    implements ChipSupplier, ChipsTaker, FleetHolder {
  public static final String ID = "secondary-market";
  private final double priceShare;
  private final Map<Sku, long[]> stock = new LinkedHashMap<>();

  public SecondaryMarketAgent(double priceShare) {
    super(ID, "secondary-market", EnumSet.noneOf(Phase.class));
    this.priceShare = priceShare;
  }

  @Override
  public void step(Phase phase, World w) {}

  @Override
  public boolean newChips() {
    return false;
  }

  @Override
  public void take(String fromFirm, Map<Sku, Long> chips, Port w) {
    chips.forEach((sku, n) -> stock.computeIfAbsent(sku, k -> new long[1])[0] += n);
  }

  @Override
  public List<Quote> quotes(String buyer, Location location, SupplierPort w) {
    List<Quote> out = new ArrayList<>();
    if (location != Location.DOMESTIC) {
      return out;
    }
    for (Map.Entry<Sku, long[]> e : stock.entrySet()) {
      if (e.getValue()[0] > 0) {
        out.add(
            new Quote(
                ID,
                e.getKey(),
                location,
                e.getKey().priceUsd() * priceShare,
                0,
                1.0,
                e.getValue()[0],
                false));
      }
    }
    return out;
  }

  @Override
  public List<Acceptance> fill(List<ChipOrder> orders, SupplierPort w) {
    List<Acceptance> out = new ArrayList<>();
    Map<String, List<Integer>> bySku = new LinkedHashMap<>();
    for (int i = 0; i < orders.size(); i++) {
      bySku.computeIfAbsent(orders.get(i).sku(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> e : bySku.entrySet()) {
      Sku sku = w.catalogue().get(e.getKey());
      long[] have = stock.get(sku);
      if (have == null) {
        for (int i : e.getValue()) {
          out.add(Acceptance.rejected(orders.get(i)));
        }
        continue;
      }
      List<Claim> claims = new ArrayList<>();
      for (int i : e.getValue()) {
        claims.add(new Claim(orders.get(i).buyer() + "#" + i, orders.get(i).units(), false));
      }
      long[] granted = AllocationKernel.allocate(have[0], claims, AllocationRule.PRO_RATA);
      for (int k = 0; k < granted.length; k++) {
        ChipOrder o = orders.get(e.getValue().get(k));
        if (granted[k] > 0) {
          out.add(Acceptance.of(o, granted[k], sku.priceUsd() * priceShare, 0));
          have[0] -= granted[k];
        } else {
          out.add(Acceptance.rejected(o));
        }
      }
    }
    return out;
  }

  @Override
  public void cancelled(blockade.core.market.Shipment s, SupplierPort w) {
    stock.computeIfAbsent(w.catalogue().get(s.order().sku()), k -> new long[1])[0] += s.units();
  }

  @Override
  public FleetSnapshot fleet(BuyerPort w) {
    long n = 0;
    for (long[] v : stock.values()) {
      n += v[0];
    }
    return new FleetSnapshot(0, 0, 0, 0, n, 0);
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  /** Used chips in stock, units. */
  public long getInventoryUnits() {
    long n = 0;
    for (long[] v : stock.values()) {
      n += v[0];
    }
    return n;
  }

  /** Used chips in stock by SKU, units. */
  public Map<String, Long> getStockBySku() {
    Map<String, Long> out = new LinkedHashMap<>();
    stock.forEach((sku, n) -> out.put(sku.name(), n[0]));
    return out;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("inventory_units", fleet(w).inventoryUnits());
    f.put("cash_usd_m", w.ledger().balance(ID));
  }
}
