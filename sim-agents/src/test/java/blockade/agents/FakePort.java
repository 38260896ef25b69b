package blockade.agents;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigLoader;
import blockade.core.engine.Agent;
import blockade.core.engine.BuyerPort;
import blockade.core.engine.Calendar;
import blockade.core.engine.ChipAccounts;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.Ecosystem;
import blockade.core.engine.Frontier;
import blockade.core.engine.FundPort;
import blockade.core.engine.PolicyPort;
import blockade.core.engine.PowerSystem;
import blockade.core.engine.RegulatorPort;
import blockade.core.engine.SupplierPort;
import blockade.core.ledger.Ledger;
import blockade.core.market.Catalogue;
import blockade.core.market.ChipMarketService;
import blockade.core.market.ComputeExchangeService;
import blockade.core.market.Location;
import blockade.core.market.Origin;
import blockade.core.market.Sku;
import blockade.core.observe.SimEvent;
import blockade.core.observe.TickStats;
import blockade.core.policy.ChinaPolicyState;
import blockade.core.policy.ExportRegime;
import blockade.core.policy.ExportRule;
import blockade.core.policy.OffshorePolicy;
import blockade.core.random.RandomStreams;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fake of every role's port for agent unit tests: plain services (a ledger, a small catalogue, a
 * regime with the given rules, China's policy state), a settable tick, a list of the events
 * published and a map of the other agents by id. No engine, no scenario run: a test puts the state
 * it needs here, calls one agent method and looks at what changed.
 */
public final class FakePort
    implements SupplierPort, RegulatorPort, PolicyPort, FundPort, BuyerPort {
  /** A US flagship, a China-compliant US part and a domestic part (2 dies, no HBM). */
  public static final Sku H100 =
      new Sku(
          "H100", "nvidia-like", Origin.US, 1, 1, 25_000, 0.7, 0, Integer.MAX_VALUE, 60, 3, 1, 0);

  public static final Sku H20 =
      new Sku(
          "H20",
          "nvidia-like",
          Origin.US,
          0.15,
          0.9,
          12_000,
          0.4,
          0,
          Integer.MAX_VALUE,
          60,
          1,
          1,
          0);
  public static final Sku ASCEND =
      new Sku(
          "ascend",
          "huawei-like",
          Origin.DOMESTIC,
          0.6,
          0.6,
          10_000,
          0.5,
          0,
          Integer.MAX_VALUE,
          60,
          2,
          2,
          0);

  private static ScenarioConfig baseline;

  public int tick;
  public final Calendar calendar = new Calendar(YearMonth.of(2022, 10), YearMonth.of(2030, 12));
  public final Ledger ledger = new Ledger();
  public final Catalogue catalogue = new Catalogue(List.of(H100, H20, ASCEND));
  public final ExportRegime regime;
  public final ChinaPolicyState chinaPolicy = new ChinaPolicyState();
  public final ChipAccounts chips = new ChipAccounts();
  public final TickStats stats = new TickStats();
  public final ChipMarketService chipMarket = new ChipMarketService();
  public final ComputeExchangeService exchange =
      new ComputeExchangeService(baseline().exchange(), "china-policy");
  public final PowerSystem power = new PowerSystem(baseline().energy());
  public final Frontier frontier = new Frontier(baseline().frontier(), baseline().start());
  public final Ecosystem ecosystem = new Ecosystem(baseline().ecosystem());
  public final List<SimEvent> events = new ArrayList<>();
  public final Map<String, Object> agents = new TreeMap<>();
  public final List<Agent> spawned = new ArrayList<>();
  private final RandomStreams streams = new RandomStreams(1);

  public FakePort(ExportRule... rules) {
    regime = new ExportRegime(List.of(rules), OffshorePolicy.OPEN, 0);
  }

  /** The shipped baseline scenario, for a config record a test does not want to spell out. */
  public static synchronized ScenarioConfig baseline() {
    if (baseline == null) {
      Path file =
          Path.of(System.getProperty("blockade.root", "..")).resolve("configs/baseline.yaml");
      try {
        baseline = ConfigLoader.load(file, List.of(), ScenarioConfig.class).value();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return baseline;
  }

  /** Opens an account with a balance (injected from a test source). */
  public FakePort account(String id, double usdM) {
    ledger.open(id);
    if (usdM > 0) {
      ledger.inject("test", id, usdM);
    }
    return this;
  }

  /** A real world over this fake's services (for engine steps such as settlement and exits). */
  public blockade.core.engine.World world() {
    return new blockade.core.engine.World(
        calendar, new RandomStreams(1), regime, catalogue, exchange, power, frontier, ecosystem);
  }

  /** Events of a type, in order. */
  public List<SimEvent> events(String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  @Override
  public int tick() {
    return tick;
  }

  @Override
  public String date() {
    return calendar.date(tick);
  }

  @Override
  public Calendar calendar() {
    return calendar;
  }

  @Override
  public Ledger ledger() {
    return ledger;
  }

  @Override
  public void event(SimEvent e) {
    events.add(e.at(tick, date()));
  }

  @Override
  public void event(String type, String agent, String detail) {
    events.add(new SimEvent(tick, date(), type, agent, detail));
  }

  @Override
  public UniformRandomProvider stream(String id) {
    return streams.stream(id);
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  @Override
  public ExportRegime regime() {
    return regime;
  }

  /** Next-best option per H100e for the domestic price ceiling (settable; none by default). */
  public double substituteUsdPerH100e = Double.POSITIVE_INFINITY;

  @Override
  public double substituteUsdPerH100e(int lifeMonths) {
    return substituteUsdPerH100e;
  }

  /** The same rule as the world's: US SKUs not to listed buyers, nor banned or blocked at home. */
  @Override
  public boolean mayShip(Sku sku, String buyer, Location location) {
    if (!sku.isUs()) {
      return true;
    }
    if (regime.listed(buyer, tick)) {
      return false;
    }
    if (location == Location.OFFSHORE) {
      return regime.offshoreMayBuy(sku.name(), tick);
    }
    return !regime.bannedForChina(sku.name(), tick) && !chinaPolicy.blocked(sku.name());
  }

  @Override
  public ChipAccounts chips() {
    return chips;
  }

  @Override
  public TickStats stats() {
    return stats;
  }

  @Override
  public Frontier frontier() {
    return frontier;
  }

  @Override
  public ChinaPolicyState chinaPolicy() {
    return chinaPolicy;
  }

  @Override
  public PowerSystem power() {
    return power;
  }

  @Override
  public ComputeExchangeService exchange() {
    return exchange;
  }

  @Override
  public Ecosystem ecosystem() {
    return ecosystem;
  }

  @Override
  public ChipMarketService chipMarket() {
    return chipMarket;
  }

  @Override
  public <T> List<T> agents(Class<T> role) {
    List<T> out = new ArrayList<>();
    for (Object a : agents.values()) {
      if (role.isInstance(a)) {
        out.add(role.cast(a));
      }
    }
    return out;
  }

  @Override
  public <T> T agent(String id, Class<T> role) {
    Object a = agents.get(id);
    return role.isInstance(a) ? role.cast(a) : null;
  }

  @Override
  public void spawn(Agent a) {
    spawned.add(a);
  }

  /** Quotes of the fake's chip suppliers (agents playing {@link ChipSupplier}), as the world's. */
  @Override
  public List<LocatedQuote> quotes(String buyer, List<Location> locations) {
    return BuyerPort.quotesOf(agents(ChipSupplier.class), buyer, locations, this);
  }
}
