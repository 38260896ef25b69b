package blockade.agents.fund;

import blockade.agents.firm.FirmAgent;
import blockade.agents.firm.StateEquity;
import blockade.agents.supplier.CapacityInvestee;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.FirmView;
import blockade.core.engine.FundPort;
import blockade.core.engine.FundView;
import blockade.core.engine.GrantPayer;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import blockade.core.market.ChipOrder;
import blockade.core.market.ComputeExchangeService;
import blockade.core.market.Location;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state fund (DESIGN §2.4). From its start month it receives equal monthly tranches of its budget
 * (money from the state, a source) and splits each by its strategy weights: startup equity (picked
 * by its {@link StartupSelection} strategy object), co-investment with incumbents, domestic chip
 * capacity, the national compute network, and vouchers. It tracks money disbursed, equity at cost,
 * and waste: equity in startups that failed, and the unusable part of directive chip grants (their
 * value × (1 − the recipient's software efficiency on domestic chips)). Money not yet placed
 * carries over.
 */
public final class StateFundAgent extends BaseAgent implements FundView, GrantPayer {
  private final FundConfig cfg;
  private final Map<String, Double> holdings = new LinkedHashMap<>();
  private double disbursed;
  private double wasted;
  private double directiveReserved;

  /** Tranches received from the state so far (for the inspector). */
  private double receivedUsdM;

  public StateFundAgent(String id, FundConfig cfg) {
    super(id, "state-fund", EnumSet.of(Phase.FUND));
    this.cfg = cfg;
  }

  @Override
  public void step(Phase phase, World w) {
    act(w);
  }

  /** The monthly tranche and its placing, seeing only the fund's port. */
  void act(FundPort w) {
    directiveReserved = 0;
    writeOffFailed(w);
    int t = w.tick();
    int start = w.calendar().tickOf(cfg.start());
    if (t < start || t >= start + cfg.months()) {
      return;
    }
    double tranche = cfg.budgetUsdM() / cfg.months();
    w.ledger().inject("state-budget", id, tranche);
    receivedUsdM += tranche;
    double sum = cfg.weightSum();
    equity(w, tranche * cfg.startupEquity() / sum);
    coinvest(w, tranche * cfg.incumbentCoinvest() / sum);
    capacity(w, tranche * cfg.chipCapacity() / sum);
    pay(
        w,
        blockade.agents.fund.ComputeNetworkAgent.ID,
        tranche * cfg.computeNetwork() / sum,
        "network");
    pay(w, ComputeExchangeService.VOUCHER_ACCOUNT, tranche * cfg.vouchers() / sum, "vouchers");
    if (w.agent(blockade.agents.talent.TalentMarketAgent.ID, Object.class) != null) {
      pay(w, blockade.agents.talent.TalentMarketAgent.ID, tranche * cfg.talent() / sum, "talent");
    }
  }

  private void writeOffFailed(FundPort w) {
    List<String> gone = new ArrayList<>();
    for (Map.Entry<String, Double> e : holdings.entrySet()) {
      if (w.agent(e.getKey(), FirmView.class) == null) {
        wasted += e.getValue();
        gone.add(e.getKey());
      }
    }
    gone.forEach(holdings::remove);
  }

  private void pay(FundPort w, String to, double usdM, String what) {
    double amount = Math.min(usdM, w.ledger().balance(id) - directiveReserved);
    if (amount <= 0) {
      return;
    }
    w.ledger().transfer(id, to, amount, what);
    disbursed += amount;
  }

  private List<FirmAgent> startups(FundPort w) {
    List<FirmAgent> out = new ArrayList<>();
    for (FirmAgent f : w.agents(FirmAgent.class)) {
      if (f.isStartup()) {
        out.add(f);
      }
    }
    return out;
  }

  private void equity(FundPort w, double amount) {
    if (amount <= 0) {
      return;
    }
    List<FirmAgent> s = startups(w);
    if (s.isEmpty()) {
      return;
    }
    // the strategy of the config in force (a mid-run lever): stateless, so derived each time
    StartupSelection.of(cfg.strategy(), cfg.provenTopN())
        .disburse(
            s,
            amount,
            new StartupSelection.Actions() {
              @Override
              public void invest(FirmAgent f, double usdM) {
                StateFundAgent.this.invest(w, f, usdM);
              }

              @Override
              public void grantDomesticChips(FirmAgent f, double usdM) {
                StateFundAgent.this.grantDomesticChips(w, f, usdM);
              }
            });
  }

  private void invest(FundPort w, FirmAgent f, double usdM) {
    double amount = Math.min(usdM, w.ledger().balance(id) - directiveReserved);
    if (amount <= 0) {
      return;
    }
    w.ledger().transfer(id, f.id(), amount, StateEquity.STARTUP_EQUITY);
    holdings.merge(f.id(), amount, Double::sum);
    disbursed += amount;
    w.event(
        SimEvent.of(
                EventTypes.INVESTMENT,
                id,
                String.format(
                    java.util.Locale.ROOT,
                    "%.1f USD m into %s (%s)",
                    amount,
                    f.id(),
                    cfg.strategy().name().toLowerCase(java.util.Locale.ROOT)))
            .with(f.id())
            .usdM(amount));
  }

  /**
   * Directive: a quota of domestic chips for the startup, bought by the fund, whatever its stack.
   */
  private void grantDomesticChips(FundPort w, FirmAgent f, double usdM) {
    Sku best = null;
    for (Sku s : w.catalogue().all()) {
      if (!s.isUs()
          && s.onSale(w.tick())
          && (best == null || s.releaseTick() > best.releaseTick())) {
        best = s;
      }
    }
    double free = w.ledger().balance(id) - directiveReserved;
    double amount = Math.min(usdM, free);
    if (best == null || amount <= 0) {
      return;
    }
    long units = (long) Math.floor(amount * 1e6 / w.catalogue().price(best.name()));
    if (units <= 0) {
      return;
    }
    w.chipMarket()
        .place(
            new ChipOrder(
                f.id(), id, best.name(), best.vendor(), units, Location.DOMESTIC, true, "grant"));
    directiveReserved += units * w.catalogue().price(best.name()) / 1e6;
    holdings.merge(f.id(), 0.0, Double::sum);
  }

  @Override
  public void paidFor(Shipment s, FundPort w) {
    double value = s.valueUsdM();
    disbursed += value;
    FirmAgent f = w.agent(s.order().buyer(), FirmAgent.class);
    double eff = f == null ? 0 : w.ecosystem().domesticEfficiency(f.frameworkShare());
    wasted += value * (1 - eff);
    holdings.merge(s.order().buyer(), value * eff, Double::sum);
    w.event(
        SimEvent.of(
                EventTypes.INVESTMENT,
                id,
                String.format(
                    java.util.Locale.ROOT,
                    "%d %s granted to %s (directive)",
                    s.units(),
                    s.order().sku(),
                    s.order().buyer()))
            .with(s.order().buyer())
            .sku(s.order().sku())
            .units(s.units())
            .usdM(value));
  }

  private void coinvest(FundPort w, double amount) {
    if (amount <= 0) {
      return;
    }
    List<FirmAgent> inc = new ArrayList<>();
    double total = 0;
    for (FirmAgent f : w.agents(FirmAgent.class)) {
      if (!f.isStartup()) {
        inc.add(f);
        total += Math.max(1, f.fleetH100e());
      }
    }
    for (FirmAgent f : inc) {
      double share = amount * Math.max(1, f.fleetH100e()) / total;
      double a = Math.min(share, w.ledger().balance(id) - directiveReserved);
      if (a > 0) {
        w.ledger().transfer(id, f.id(), a, StateEquity.COINVESTMENT);
        holdings.merge(f.id(), a, Double::sum);
        disbursed += a;
      }
    }
  }

  private void capacity(FundPort w, double amount) {
    if (amount <= 0) {
      return;
    }
    List<CapacityInvestee> makers = w.agents(CapacityInvestee.class);
    for (CapacityInvestee m : makers) {
      double a = Math.min(amount / makers.size(), w.ledger().balance(id) - directiveReserved);
      if (a > 0) {
        w.ledger().transfer(id, m.id(), a, CapacityInvestee.GRANT); // the maker spends it
        disbursed += a;
      }
    }
  }

  @Override
  public double disbursedUsdM() {
    return disbursed;
  }

  @Override
  public double wastedUsdM() {
    return wasted;
  }

  @Override
  public double equityUsdM() {
    double e = 0;
    for (double v : holdings.values()) {
      e += v;
    }
    return e;
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  public String getStrategy() {
    return cfg.strategy().name().toLowerCase(java.util.Locale.ROOT);
  }

  public double getBudgetUsdM() {
    return cfg.budgetUsdM();
  }

  /** Budget the state has yet to pay in, USD millions. */
  public double getBudgetLeftUsdM() {
    return Math.max(0, cfg.budgetUsdM() - receivedUsdM);
  }

  public double getDisbursedUsdM() {
    return disbursed;
  }

  public double getWastedUsdM() {
    return wasted;
  }

  public double getEquityUsdM() {
    return equityUsdM();
  }

  /** Firms it holds a stake in. */
  public int getHoldings() {
    return holdings.size();
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("disbursed_usd_m", disbursed);
    f.put("wasted_usd_m", wasted);
    f.put("equity_usd_m", equityUsdM());
    f.put("cash_usd_m", w.ledger().balance(id));
    f.put("holdings", holdings.size());
  }
}
