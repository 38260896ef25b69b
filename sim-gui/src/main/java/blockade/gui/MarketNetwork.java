package blockade.gui;

import blockade.core.engine.Agent;
import blockade.core.engine.BlockadeModel;
import blockade.core.engine.FleetHolder;
import blockade.core.engine.World;
import blockade.core.market.Shipment;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The market network of the current run: every agent as a node laid out by kind (suppliers left,
 * incumbents, the exchange, a grid of startups, funds right, regulators on top), and this month's
 * flows as edges: chip deliveries (from the chip market's settlement), compute trades, state
 * investments and grants, venture rounds (from the typed events). Rebuilt after every month.
 */
public final class MarketNetwork {
  public static final double WIDTH = 100;
  public static final double HEIGHT = 72;

  /** Id of the compute exchange node (the exchange is a service, not an agent). */
  public static final String EXCHANGE = "compute-exchange";

  private static final int STARTUP_COLUMNS = 10;

  private final Continuous2D field = new Continuous2D(10, WIDTH, HEIGHT);
  private Network edges = new Network(true);
  private final Map<String, AgentNode> nodes = new LinkedHashMap<>();
  private final Map<NodeGroup, Integer> placed = new EnumMap<>(NodeGroup.class);

  /** The exchange operator's account, which compute_traded events name as counterparty. */
  private String exchangeOperator;

  public Continuous2D field() {
    return field;
  }

  public Network edges() {
    return edges;
  }

  /** Nodes by id, in the order they joined. */
  public Map<String, AgentNode> nodes() {
    return nodes;
  }

  /** Forgets the previous run's nodes and places the new run's agents. */
  public void reset(BlockadeModel model, java.util.function.Supplier<BlockadeModel> current) {
    field.clear();
    nodes.clear();
    placed.clear();
    edges = new Network(true);
    exchangeOperator = null;
    add(EXCHANGE, NodeGroup.EXCHANGE, new ExchangeProperties(current));
    update(model);
  }

  /** Adds agents that joined, refreshes sizes and colours, and draws this month's flows. */
  public void update(BlockadeModel model) {
    World w = model.world();
    for (Agent a : model.agents()) {
      AgentNode n = nodes.get(a.id());
      if (n == null) {
        n = add(a.id(), NodeGroup.of(a.kind()), a);
      }
      n.inspect(a);
      boolean wasActive = n.active;
      n.active = a.active();
      if (wasActive && !n.active) {
        n.exitTick = w.tick();
      }
      if (a instanceof FleetHolder f) {
        FleetHolder.FleetSnapshot s = f.fleet(w);
        double total = s.usChipsH100e() + s.domesticChipsH100e();
        n.h100e = total;
        n.usShare = total > 0 ? s.usChipsH100e() / total : Double.NaN;
      }
    }
    List<SimEvent> all = w.events().all();
    List<SimEvent> thisMonth = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && all.get(i).tick() == w.tick(); i--) {
      thisMonth.add(0, all.get(i));
    }
    drawFlows(w, thisMonth);
  }

  private AgentNode add(String id, NodeGroup g, Object inspected) {
    AgentNode n = new AgentNode(id, g, inspected);
    int i = placed.merge(g, 1, Integer::sum) - 1;
    nodes.put(id, n);
    field.setObjectLocation(n, position(g, i));
    return n;
  }

  /** Where the i-th node of a group sits. */
  static Double2D position(NodeGroup g, int i) {
    return switch (g) {
      case REGULATOR -> new Double2D(28 + 26 * i, 5);
      case SUPPLIER -> new Double2D(6, 16 + 13 * i);
      case INCUMBENT -> new Double2D(22, 15 + 11 * i);
      case EXCHANGE -> new Double2D(38, 26 + 18 * i);
      case STARTUP ->
          new Double2D(
              52 + 2.9 * (i % STARTUP_COLUMNS),
              12 + 2.75 * ((i / STARTUP_COLUMNS) % 21) + 0.9 * (i / (STARTUP_COLUMNS * 21)));
      case FUND -> new Double2D(85, 10 + 8 * i);
    };
  }

  private void drawFlows(World w, List<SimEvent> events) {
    Map<List<Object>, double[]> sums = new LinkedHashMap<>();
    for (Shipment s : w.chipMarket().deliveredThisMonth()) {
      Sku sku = w.catalogue().get(s.order().sku());
      boolean vendor = s.order().channel().equals(sku.vendor());
      FlowKind k =
          !vendor ? FlowKind.OTHER_CHIPS : sku.isUs() ? FlowKind.US_CHIPS : FlowKind.DOMESTIC_CHIPS;
      sum(sums, s.order().channel(), s.order().buyer(), k, s.valueUsdM(), s.units());
    }
    for (SimEvent e : events) {
      double usd = e.usdM() == null ? 0 : Math.abs(e.usdM());
      double units = e.units() == null ? 0 : e.units();
      switch (e.type()) {
        case EventTypes.COMPUTE_TRADED -> {
          exchangeOperator = e.counterparty();
          if (units >= 0) {
            sum(sums, EXCHANGE, e.agent(), FlowKind.COMPUTE, usd, units);
          } else {
            sum(sums, e.agent(), EXCHANGE, FlowKind.COMPUTE, usd, -units);
          }
        }
        case EventTypes.INVESTMENT ->
            sum(
                sums,
                e.agent(),
                e.counterparty(),
                e.sku() == null ? FlowKind.INVESTMENT : FlowKind.GRANT,
                usd,
                units);
        case EventTypes.FUNDING_ROUND, EventTypes.ENTRY ->
            sum(sums, e.counterparty(), e.agent(), FlowKind.VENTURE, usd, units);
        default -> {
          // not a flow
        }
      }
    }
    Network net = new Network(true);
    for (AgentNode n : nodes.values()) {
      net.addNode(n);
    }
    for (Map.Entry<List<Object>, double[]> f : sums.entrySet()) {
      AgentNode from = nodes.get((String) f.getKey().get(0));
      AgentNode to = nodes.get((String) f.getKey().get(1));
      if (from != null && to != null && from != to) {
        FlowKind k = (FlowKind) f.getKey().get(2);
        net.addEdge(new Edge(from, to, new Flow(k, f.getValue()[0], f.getValue()[1])));
      }
    }
    edges = net;
  }

  private void sum(
      Map<List<Object>, double[]> sums, String from, String to, FlowKind k, double usd, double u) {
    if (from == null || to == null) {
      return;
    }
    double[] v = sums.computeIfAbsent(List.of(from, to, k), x -> new double[2]);
    v[0] += usd;
    v[1] += u;
  }

  /** The exchange operator's account id, once a trade named it (or null). */
  public String exchangeOperator() {
    return exchangeOperator;
  }

  /** Marks the nodes to highlight (e.g. the agents of a selected event); clears the others. */
  public void highlight(Collection<String> ids) {
    Set<String> s = new java.util.HashSet<>();
    for (String id : ids) {
      if (id != null) {
        s.add(id);
      }
    }
    for (AgentNode n : nodes.values()) {
      n.highlighted =
          s.contains(n.id())
              || (n.id().equals(EXCHANGE)
                  && exchangeOperator != null
                  && s.contains(exchangeOperator));
    }
  }

  /** This month's flows, as edges. */
  public List<Edge> flows() {
    List<Edge> out = new ArrayList<>();
    for (Object o : edges.getAllNodes()) {
      for (Object e : edges.getEdgesOut(o)) {
        out.add((Edge) e);
      }
    }
    return out;
  }
}
