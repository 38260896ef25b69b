package blockade.agents.supplier;

import blockade.agents.firm.MonthPath;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.Phase;
import blockade.core.engine.Port;
import blockade.core.engine.SupplierPort;
import blockade.core.engine.World;
import blockade.core.market.Acceptance;
import blockade.core.market.AllocationKernel;
import blockade.core.market.ChipOrder;
import blockade.core.market.Claim;
import blockade.core.market.Location;
import blockade.core.market.PriceAdjustRule;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A domestic vendor (DESIGN §2.1). Each month its output is bounded by good dies (wafers × dies per
 * wafer × yield, plus stockpiled foreign dies) and by HBM stacks (stock, imports while allowed,
 * domestic output). Orders beyond output are rationed by the configured rule; the price moves with
 * excess demand in bounded steps; revenue and state grants become wafer capacity after a lead time;
 * yield follows a learning curve in cumulative wafers.
 */
public final class DomesticSupplierAgent extends BaseAgent
    implements ChipSupplier, CapacityInvestee {
  private final DomesticSupplierConfig cfg;
  private transient YieldCurve yieldCurve; // from cfg; rebuilt after a mid-run change
  private final double[] capacityPipeline = new double[61];
  private double wafers;
  private double cumulativeWafers;
  private double dieStock;
  private double hbmStock;
  private double hbmDomestic;
  private double lastOrdered;
  private double lastCapacity;
  private double revenueThisMonth;
  private double totalOutput;
  private String binding = "";
  private final MonthPath maxWafers;
  private double ceilingUsd = Double.POSITIVE_INFINITY;
  private double grantsSeenUsdM;

  public DomesticSupplierAgent(String id, DomesticSupplierConfig cfg) {
    super(id, "domestic-supplier", EnumSet.of(Phase.SUPPLY, Phase.RECORD));
    this.cfg = cfg;
    this.wafers = cfg.wafersPerMonth();
    this.dieStock = cfg.dieStock();
    this.hbmStock = cfg.hbmStockStacks();
    this.hbmDomestic = cfg.hbmDomesticStacksPerMonth();
    this.maxWafers =
        cfg.maxWafersPerMonth().isEmpty() ? null : new MonthPath(cfg.maxWafersPerMonth());
  }

  /** Most wafers a month tool controls leave it at a tick (+∞ with no bound). */
  double waferCap(Port w, int tick) {
    return maxWafers == null ? Double.POSITIVE_INFINITY : maxWafers.at(w.calendar().month(tick));
  }

  /**
   * The most a buyer would pay for one of its chips: the next-best option per H100e of training
   * compute over the chip's life, times what the chip delivers on a native stack (its training
   * speed × the ecosystem's efficiency for a buyer fully migrated, the buyer who values it most).
   */
  double ceilingUsd(Sku s, double substituteUsdPerH100e, SupplierPort w) {
    return substituteUsdPerH100e * s.trainPerf() * w.ecosystem().domesticEfficiency(1.0);
  }

  /**
   * The yield learning curve of the config in force (the yield ramp is a mid-run lever: a changed
   * config arrives through a checkpoint copy, where this transient cache starts empty).
   */
  private YieldCurve yieldCurve() {
    if (yieldCurve == null) {
      yieldCurve =
          new YieldCurve(
              cfg.initialYield(), cfg.maxYield(), cfg.learningWafers(), cfg.learningExponent());
    }
    return yieldCurve;
  }

  /** Good dies available this month. */
  double goodDies() {
    return wafers * cfg.diesPerWafer() * yieldCurve().at(cumulativeWafers)
        + Math.min(dieStock, cfg.dieStockPerMonth());
  }

  @Override
  public void step(Phase phase, World w) {
    act(phase, w);
  }

  /** One phase, seeing only the supplier's port. */
  void act(Phase phase, SupplierPort w) {
    int t = w.tick();
    if (phase == Phase.SUPPLY) {
      wafers =
          Math.min(
              Math.max(wafers, waferCap(w, t)),
              wafers + capacityPipeline[t % capacityPipeline.length]);
      capacityPipeline[t % capacityPipeline.length] = 0;
      if (t > 0) {
        hbmDomestic *= StrictMath.pow(1 + cfg.hbmDomesticGrowthPerYear(), 1.0 / 12);
      }
      hbmStock += hbmDomestic;
      if (!w.regime().at(t).hbmBanned()) {
        hbmStock += cfg.hbmImportStacksPerMonth();
        if (w.regime().announcedHbmBan(t).isPresent()) {
          hbmStock += cfg.hbmRushStacksPerMonth();
        }
      }
      Sku main = currentSku(w);
      // buyers' next-best option probes every channel's quotes: once per service life a month
      Map<Integer, Double> substitute = new TreeMap<>();
      for (Sku s : w.catalogue().byVendor(id)) {
        double floor = s.priceUsd() * cfg.priceFloorShare();
        double next =
            PriceAdjustRule.next(
                w.catalogue().price(s.name()),
                lastOrdered,
                Math.max(1, lastCapacity),
                cfg.priceSensitivity(),
                cfg.maxPriceStepShare(),
                floor);
        double perH100e =
            substitute.computeIfAbsent(s.serviceLifeMonths(), w::substituteUsdPerH100e);
        // buyers pay no more than their next-best option; the vendor sells no lower than its floor
        double ceiling = ceilingUsd(s, perH100e, w);
        if (s == main) {
          ceilingUsd = ceiling;
        }
        w.catalogue().setPrice(s.name(), Math.max(floor, Math.min(next, ceiling)));
      }
      revenueThisMonth = 0;
    } else if (phase == Phase.RECORD) {
      // state grants that arrived this month (a ledger fact), then reinvested revenue
      double granted = w.ledger().received(id, GRANT) - grantsSeenUsdM;
      grantsSeenUsdM += granted;
      invest(granted, w, "fab-capex");
      invest(cfg.reinvestShare() * revenueThisMonth, w, "fab-capex");
    }
  }

  private void invest(double usdM, Port w, String sink) {
    int at = Math.min(capacityPipeline.length - 1, cfg.capacityLeadTimeMonths());
    // tool controls: no capex for wafers beyond what the foundry can have when they would arrive
    double planned = wafers;
    for (double v : capacityPipeline) {
      planned += v;
    }
    double room = waferCap(w, w.tick() + at) - planned;
    double amount =
        Math.min(Math.min(usdM, w.ledger().balance(id)), room * cfg.capexUsdMPerWaferPerMonth());
    if (amount <= 0) {
      return;
    }
    w.ledger().spend(id, sink, amount);
    capacityPipeline[(w.tick() + at) % capacityPipeline.length] +=
        amount / cfg.capexUsdMPerWaferPerMonth();
  }

  private Sku currentSku(SupplierPort w) {
    Sku best = null;
    for (Sku s : w.catalogue().byVendor(id)) {
      if (s.onSale(w.tick()) && (best == null || s.releaseTick() >= best.releaseTick())) {
        best = s;
      }
    }
    return best;
  }

  @Override
  public List<Quote> quotes(String buyer, Location location, SupplierPort w) {
    List<Quote> out = new ArrayList<>();
    if (location != Location.DOMESTIC) {
      return out;
    }
    for (Sku s : w.catalogue().byVendor(id)) {
      if (s.onSale(w.tick())) {
        out.add(new Quote(id, s, location, w.catalogue().price(s.name()), 0, 1.0, 0, false));
      }
    }
    return out;
  }

  @Override
  public List<Acceptance> fill(List<ChipOrder> orders, SupplierPort w) {
    List<Acceptance> out = new ArrayList<>();
    double dies = goodDies();
    double hbm = hbmStock;
    // each unit of SKU k uses a share max(dies_k/D, hbm_k/H) of this month's output
    List<Claim> claims = new ArrayList<>();
    double[] perUnitShare = new double[orders.size()];
    double totalShare = 0;
    double orderedUnits = 0;
    for (int i = 0; i < orders.size(); i++) {
      Sku sku = w.catalogue().get(orders.get(i).sku());
      double dieShare = dies > 0 ? sku.diesPerChip() / dies : Double.POSITIVE_INFINITY;
      double hbmShare =
          sku.hbmStacks() == 0 ? 0 : (hbm > 0 ? sku.hbmStacks() / hbm : Double.POSITIVE_INFINITY);
      perUnitShare[i] = Math.max(dieShare, hbmShare);
      orderedUnits += orders.get(i).units();
      totalShare += perUnitShare[i] * orders.get(i).units();
      claims.add(
          new Claim(
              orders.get(i).buyer() + "#" + i, orders.get(i).units(), orders.get(i).designated()));
    }
    Sku main = currentSku(w);
    double capacityUnits =
        main == null
            ? 0
            : Math.min(
                dies / main.diesPerChip(),
                main.hbmStacks() == 0 ? Double.MAX_VALUE : hbm / main.hbmStacks());
    String nowBinding =
        main == null
            ? ""
            : (dies / main.diesPerChip()
                    <= (main.hbmStacks() == 0 ? Double.MAX_VALUE : hbm / main.hbmStacks())
                ? "dies"
                : "hbm");
    lastCapacity = capacityUnits;
    lastOrdered = orderedUnits;
    long[] granted;
    if (totalShare <= 1 || orders.isEmpty()) {
      granted = new long[orders.size()];
      for (int i = 0; i < orders.size(); i++) {
        granted[i] = orders.get(i).units();
      }
    } else {
      if (!nowBinding.equals(binding)) {
        w.event(
            SimEvent.of(
                    EventTypes.CAPACITY_BOUND,
                    id,
                    "orders "
                        + (long) orderedUnits
                        + " > output "
                        + (long) capacityUnits
                        + ", bound by "
                        + nowBinding)
                .units(Math.floor(capacityUnits)));
        binding = nowBinding;
      }
      granted =
          AllocationKernel.allocate(
              (long) Math.floor(orderedUnits / totalShare), claims, cfg.allocation());
    }
    double usedDies = 0;
    double usedHbm = 0;
    for (int i = 0; i < orders.size(); i++) {
      if (granted[i] <= 0) {
        out.add(Acceptance.rejected(orders.get(i)));
        continue;
      }
      Sku sku = w.catalogue().get(orders.get(i).sku());
      usedDies += granted[i] * sku.diesPerChip();
      usedHbm += granted[i] * sku.hbmStacks();
      out.add(Acceptance.of(orders.get(i), granted[i], w.catalogue().price(sku.name()), 0));
      w.stats().add(SupplierMetrics.PURCHASES_DOMESTIC, granted[i]);
      totalOutput += granted[i];
    }
    // dies come from new wafers first, then the stockpile; wafers run at full capacity
    double fromWafers = wafers * cfg.diesPerWafer() * yieldCurve().at(cumulativeWafers);
    dieStock = Math.max(0, dieStock - Math.max(0, usedDies - fromWafers));
    hbmStock = Math.max(0, hbmStock - usedHbm);
    cumulativeWafers += wafers;
    return out;
  }

  /** Chips ordered this month (set when orders are filled). */
  double orderedUnits() {
    return lastOrdered;
  }

  /** Price of the current SKU, USD (0 when none is on sale). */
  double currentPriceUsd(SupplierPort w) {
    Sku main = currentSku(w);
    return main == null ? 0 : w.catalogue().price(main.name());
  }

  @Override
  public void delivered(Shipment s, SupplierPort w) {
    revenueThisMonth += s.valueUsdM();
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  public double getWafersPerMonth() {
    return wafers;
  }

  /** Share of good dies per wafer now. */
  public double getYield() {
    return yieldCurve().at(cumulativeWafers);
  }

  public double getDieStock() {
    return dieStock;
  }

  public double getHbmStockStacks() {
    return hbmStock;
  }

  /** Units of its current chip last month's dies and HBM allowed. */
  public double getCapacityUnits() {
    return lastCapacity;
  }

  /** What bound output when orders last exceeded it: "dies", "hbm" or "". */
  public String getCapacityBoundBy() {
    return binding;
  }

  /**
   * Current price of its newest chip on sale, USD (NaN before it joins a world or with none on
   * sale).
   */
  public double getPriceUsd() {
    World w = world();
    Sku main = w == null ? null : currentSku(w);
    return main == null ? Double.NaN : w.catalogue().price(main.name());
  }

  /** Most its current chip could sell for now: buyers' next-best option (USD; ∞ for none). */
  public double getPriceCeilingUsd() {
    return ceilingUsd;
  }

  /** Most wafers a month tool controls leave it now (∞ with no bound; NaN before a world). */
  public double getMaxWafersPerMonth() {
    return world() == null ? Double.NaN : waferCap(world(), world().tick());
  }

  public double getTotalOutputUnits() {
    return totalOutput;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("wafers_per_month", wafers);
    f.put("yield", yieldCurve().at(cumulativeWafers));
    f.put("die_stock", dieStock);
    f.put("hbm_stock_stacks", hbmStock);
    f.put("total_output_units", totalOutput);
    f.put("cash_usd_m", w.ledger().balance(id));
  }
}
