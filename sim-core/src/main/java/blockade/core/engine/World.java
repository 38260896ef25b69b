package blockade.core.engine;

import blockade.core.ledger.Ledger;
import blockade.core.market.AuctionResult;
import blockade.core.market.Catalogue;
import blockade.core.market.ChipMarketService;
import blockade.core.market.ComputeExchangeService;
import blockade.core.market.ExchangePort;
import blockade.core.market.Location;
import blockade.core.market.PurchaseLog;
import blockade.core.market.Quote;
import blockade.core.market.Sku;
import blockade.core.observe.EventLog;
import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.observe.SimEvent;
import blockade.core.observe.TickStats;
import blockade.core.policy.ChinaPolicyState;
import blockade.core.policy.ExportRegime;
import blockade.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What agents see of the model: the calendar, the shared services (ledger, chip market, compute
 * exchange, power, export regime, China's guidance, frontier, ecosystem), the event feed and the
 * per-tick stats. Agents find each other only through role interfaces ({@link #agents(Class)}), and
 * never write into each other.
 */
public final class World
    implements SupplierPort,
        RegulatorPort,
        PolicyPort,
        FundPort,
        BuyerPort,
        ExchangePort,
        java.io.Serializable {
  private final Calendar calendar;
  private final RandomStreams streams;
  private final Ledger ledger = new Ledger();
  private final ChipAccounts chips = new ChipAccounts();
  private final ExportRegime regime;
  private final ChinaPolicyState chinaPolicy = new ChinaPolicyState();
  private final Catalogue catalogue;
  private final ChipMarketService chipMarket = new ChipMarketService();
  private final PurchaseLog purchases = new PurchaseLog();
  private final ComputeExchangeService exchange;
  private final PowerSystem power;
  private final Frontier frontier;
  private final Ecosystem ecosystem;
  private final EventLog events = new EventLog();
  private final TickStats stats = new TickStats();
  private final Map<String, Agent> agents = new TreeMap<>();

  /** Agents (active or not) playing each role, in id order; a joining agent is inserted. */
  private final Map<Class<?>, List<Agent>> byRole = new java.util.LinkedHashMap<>();

  /** The same agents by hash, for lookups by id (made on first use). */
  private transient Map<String, Agent> byId;

  /** The last active list handed out per role (see {@link #agents(Class)}); rebuilt on demand. */
  private transient Map<Class<?>, List<?>> activeByRole;

  private final List<Agent> spawned = new ArrayList<>();
  private int tick;

  public World(
      Calendar calendar,
      RandomStreams streams,
      ExportRegime regime,
      Catalogue catalogue,
      ComputeExchangeService exchange,
      PowerSystem power,
      Frontier frontier,
      Ecosystem ecosystem) {
    this.calendar = calendar;
    this.streams = streams;
    this.regime = regime;
    this.catalogue = catalogue;
    this.exchange = exchange;
    this.power = power;
    this.frontier = frontier;
    this.ecosystem = ecosystem;
  }

  public int tick() {
    return tick;
  }

  void setTick(int t) {
    this.tick = t;
  }

  public String date() {
    return calendar.date(tick);
  }

  public Calendar calendar() {
    return calendar;
  }

  public Ledger ledger() {
    return ledger;
  }

  public ChipAccounts chips() {
    return chips;
  }

  public ExportRegime regime() {
    return regime;
  }

  public ChinaPolicyState chinaPolicy() {
    return chinaPolicy;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public ChipMarketService chipMarket() {
    return chipMarket;
  }

  /** Chip purchases by month, buyer kind, SKU and channel (purchases.csv). */
  public PurchaseLog purchases() {
    return purchases;
  }

  public ComputeExchangeService exchange() {
    return exchange;
  }

  public PowerSystem power() {
    return power;
  }

  public Frontier frontier() {
    return frontier;
  }

  public Ecosystem ecosystem() {
    return ecosystem;
  }

  public EventLog events() {
    return events;
  }

  public TickStats stats() {
    return stats;
  }

  /** A fresh stream for a stable id (call once per agent, at construction). */
  public UniformRandomProvider stream(String id) {
    return streams.stream(id);
  }

  public long masterSeed() {
    return streams.masterSeed();
  }

  /** Publishes an event stamped with the current tick. */
  public void event(String type, String agent, String detail) {
    events.publish(new SimEvent(tick, date(), type, agent, detail));
  }

  /**
   * Publishes an event built with {@link SimEvent#of} and its withers, stamped with the current
   * tick.
   */
  public void event(SimEvent e) {
    events.publish(e.at(tick, date()));
  }

  /**
   * Whether a legitimate (vendor) shipment of a US SKU to this buyer and location is allowed now:
   * not to listed buyers; at home only unbanned SKUs not blocked by China's customs; offshore as
   * the regime's offshore rule says.
   */
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

  /**
   * The cheapest way a Chinese buyer can get an H100e of training compute for {@code lifeMonths}
   * months without domestic chips, USD: a US chip it can buy at home now (vendors, the grey market
   * with its premium, the secondary market), priced per H100e and per unit that arrives (seizures
   * and customs stops count against it), or renting on the exchange at last month's clearing price
   * (when anything traded). +∞ when there is no such option. It bounds the domestic vendor's price
   * (DESIGN §2.1): no buyer pays more for a domestic H100e than for its next-best option.
   */
  public double substituteUsdPerH100e(int lifeMonths) {
    double best = Double.POSITIVE_INFINITY;
    for (LocatedQuote lq : quotes(SUBSTITUTE_PROBE, List.of(Location.DOMESTIC))) {
      Quote q = lq.quote();
      Sku k = q.sku();
      double perUnit = k.trainPerf() * q.deliveryProbability();
      if (k.isUs() && perUnit > 0) {
        best = Math.min(best, q.unitPriceUsd() / perUnit);
      }
    }
    AuctionResult last = exchange.last();
    if (last != null && last.volume() > 0) {
      best = Math.min(best, last.clearingPriceUsd() * lifeMonths);
    }
    return best;
  }

  /** The buyer id quotes are asked for when probing substitutes (an unlisted, ordinary buyer). */
  static final String SUBSTITUTE_PROBE = "market";

  @Override
  public List<LocatedQuote> quotes(String buyer, List<Location> locations) {
    return BuyerPort.quotesOf(agents(ChipSupplier.class), buyer, locations, this);
  }

  /** Registers an agent at build time. */
  public void register(Agent a) {
    if (agents.putIfAbsent(a.id(), a) != null) {
      throw new IllegalArgumentException("duplicate agent id " + a.id());
    }
    if (byId != null) {
      byId.put(a.id(), a);
    }
    ledger.open(a.id());
    a.attach(this);
    // the role lists made so far take the newcomer in id order (agents join every month)
    for (Map.Entry<Class<?>, List<Agent>> e : byRole.entrySet()) {
      if (e.getKey().isInstance(a)) {
        List<Agent> l = e.getValue();
        int at = l.size();
        while (at > 0 && l.get(at - 1).id().compareTo(a.id()) > 0) {
          at--;
        }
        l.add(at, a);
      }
    }
  }

  /**
   * Carries out the market side of an exit: every pending chip shipment for the buyer is dropped
   * (no payment, no chips) and goes back to its supplier.
   */
  public void cancelOrdersFor(String buyer) {
    ChipSettlement.cancelFor(buyer, this);
  }

  /**
   * Carries out an exit an agent decided ({@link Exiting#exitDue}): its pending chip shipments are
   * dropped, its chips go to the first {@link ChipsTaker} (the secondary market), and the
   * bankruptcy is counted ({@code startup_bankruptcies}) and published as an event.
   */
  public void exit(Exiting agent) {
    cancelOrdersFor(agent.id());
    Map<Sku, Long> chips = agent.liquidate();
    long units = 0;
    for (long u : chips.values()) {
      units += u;
    }
    String takerId = null;
    for (ChipsTaker taker : agents(ChipsTaker.class)) {
      taker.take(agent.id(), chips, this);
      takerId = taker instanceof Agent a ? a.id() : null;
      break;
    }
    stats.add(blockade.core.observe.FlowKey.of(Metrics.BANKRUPTCIES), 1);
    event(
        SimEvent.of(EventTypes.BANKRUPTCY, agent.id(), units + " chips returned to the market")
            .with(takerId)
            .units(units));
  }

  /** Adds an agent during a run (entries); it joins at the end of the tick. */
  public void spawn(Agent a) {
    spawned.add(a);
  }

  List<Agent> drainSpawned() {
    List<Agent> out = new ArrayList<>(spawned);
    spawned.clear();
    return out;
  }

  /** The agent with an id if it is active and plays the role, else null. */
  public <T> T agent(String id, Class<T> role) {
    if (byId == null) {
      byId = new java.util.HashMap<>(agents);
    }
    Agent a = byId.get(id);
    if (a == null || !a.active() || !role.isInstance(a)) {
      return null;
    }
    return role.cast(a);
  }

  /** Active agents playing a role, in id order (a read-only list). */
  public <T> List<T> agents(Class<T> role) {
    List<Agent> candidates =
        byRole.computeIfAbsent(
            role,
            r -> {
              List<Agent> l = new ArrayList<>();
              for (Agent a : agents.values()) {
                if (r.isInstance(a)) {
                  l.add(a);
                }
              }
              return l;
            });
    // the active members change only when agents join or leave, so the last list is handed out
    // again (read-only) while it still matches: no copy per call
    if (activeByRole == null) {
      activeByRole = new java.util.HashMap<>();
    }
    List<?> last = activeByRole.get(role);
    if (last != null && sameActive(candidates, last)) {
      @SuppressWarnings("unchecked")
      List<T> same = (List<T>) last;
      return same;
    }
    List<T> out = new ArrayList<>(candidates.size());
    for (Agent a : candidates) {
      if (a.active()) {
        out.add(role.cast(a));
      }
    }
    List<T> view = java.util.Collections.unmodifiableList(out);
    activeByRole.put(role, view);
    return view;
  }

  private static boolean sameActive(List<Agent> candidates, List<?> last) {
    int j = 0;
    int n = last.size();
    for (int i = 0, m = candidates.size(); i < m; i++) {
      Agent a = candidates.get(i);
      if (a.active()) {
        if (j >= n || last.get(j) != a) {
          return false;
        }
        j++;
      }
    }
    return j == n;
  }
}
