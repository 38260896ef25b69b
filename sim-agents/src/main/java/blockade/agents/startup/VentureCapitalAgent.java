package blockade.agents.startup;

import blockade.agents.firm.FirmAgent;
import blockade.agents.firm.VentureCapital;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.BuyerPort;
import blockade.core.engine.FirmView;
import blockade.core.engine.FundPort;
import blockade.core.engine.Phase;
import blockade.core.engine.Port;
import blockade.core.engine.World;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import blockade.core.random.Draws;
import blockade.core.random.KeyedStreams;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Private VC (DESIGN §2.3). Each month a pool (calibrated to China's private AI investment, times a
 * climate factor) is split between rounds for existing startups and new entrants. A startup with
 * short runway wins a round with a chance that rises with its capability rank; entries arrive as a
 * Poisson process whose rate follows the entry money. Money enters the model as "private-vc".
 */
public final class VentureCapitalAgent extends BaseAgent implements VentureCapital {
  public static final String ID = "private-vc";
  private final VentureConfig cfg;
  // entries each month, and each startup's chance of a round each month: draws keyed by month and
  // startup, so who else pitches (or exists) never moves them (DESIGN §1)
  private final KeyedStreams entries;
  private final KeyedStreams rounds;
  private final BiFunction<Integer, BuyerPort, FirmAgent> entrantFactory;
  private double roundBudget;
  private double invested;
  private int entrants;
  private final Map<String, Double> rank = new LinkedHashMap<>();

  /**
   * @param entrantFactory makes the n-th entrant (id, drawn cash) for the world
   */
  public VentureCapitalAgent(
      VentureConfig cfg, Port w, BiFunction<Integer, BuyerPort, FirmAgent> entrantFactory) {
    super(ID, "venture-capital", EnumSet.of(Phase.FUND));
    this.cfg = cfg;
    this.entries = w.streams(ID, "entries");
    this.rounds = w.streams(ID, "round");
    this.entrantFactory = entrantFactory;
  }

  double poolUsdMPerMonth(int tick) {
    return cfg.poolUsdMPerMonth(tick);
  }

  @Override
  public void step(Phase phase, World w) {
    act(w, n -> entrantFactory.apply(n, w));
  }

  /**
   * The month's round budget, the startup ranking and the entrants, seeing only the fund's port.
   */
  void act(FundPort w, java.util.function.IntFunction<FirmAgent> newEntrant) {
    int t = w.tick();
    double pool = poolUsdMPerMonth(t);
    roundBudget = pool * cfg.roundShare();
    double entryMoney = pool - roundBudget;
    // capability rank of startups, 0 (worst) .. 1 (best)
    List<FirmView> startups = new ArrayList<>();
    for (FirmView f : w.agents(FirmView.class)) {
      if (f.isStartup()) {
        startups.add(f);
      }
    }
    startups.sort(
        (a, b) -> {
          int c = Double.compare(cap(a), cap(b));
          return c != 0 ? c : a.id().compareTo(b.id());
        });
    rank.clear();
    for (int i = 0; i < startups.size(); i++) {
      rank.put(
          startups.get(i).id(), startups.size() == 1 ? 0.5 : i / (double) (startups.size() - 1));
    }
    int n = Draws.poisson(entries.about("china", t), cfg.entriesPerUsdBn() * entryMoney / 1000);
    for (int i = 0; i < n; i++) {
      FirmAgent e = newEntrant.apply(entrants++);
      double cash = e.config().cashUsdM();
      w.ledger().open(e.id());
      w.ledger().inject("private-vc", e.id(), cash);
      invested += cash;
      w.spawn(e);
      w.stats().add(StartupMetrics.ENTRIES, 1);
      w.event(
          SimEvent.of(
                  EventTypes.ENTRY,
                  e.id(),
                  String.format(java.util.Locale.ROOT, "founded with %.1f USD m", cash))
              .with(ID)
              .usdM(cash));
    }
  }

  private static double cap(FirmView f) {
    return Double.isNaN(f.capability()) ? -1 : f.capability();
  }

  @Override
  public double pitch(FirmAgent s, Port w) {
    if (roundBudget <= 0) {
      return 0;
    }
    double r = rank.getOrDefault(s.id(), 0.5);
    double p = cfg.roundProbability() * (1 - cfg.rankWeight() + 2 * cfg.rankWeight() * r);
    if (!Draws.bernoulli(rounds.about(s.id(), w.tick()), p)) {
      return 0;
    }
    double amount =
        Math.min(roundBudget, cfg.roundMonthsOfBurn() * s.config().burnUsdMPerMonth() * (0.5 + r));
    if (amount <= 0) {
      return 0;
    }
    roundBudget -= amount;
    invested += amount;
    w.ledger().inject("private-vc", s.id(), amount);
    w.event(
        SimEvent.of(
                EventTypes.FUNDING_ROUND,
                s.id(),
                String.format(java.util.Locale.ROOT, "private round %.1f USD m", amount))
            .with(ID)
            .usdM(amount));
    return amount;
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  /** This month's private AI investment pool, USD millions (NaN before it joins a world). */
  public double getPoolUsdMPerMonth() {
    return world() == null ? Double.NaN : poolUsdMPerMonth(world().tick());
  }

  /** Money left this month for rounds in existing startups, USD millions. */
  public double getRoundBudgetUsdM() {
    return roundBudget;
  }

  public double getInvestedUsdM() {
    return invested;
  }

  public int getEntrants() {
    return entrants;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("invested_usd_m", invested);
    f.put("entrants", entrants);
  }
}
