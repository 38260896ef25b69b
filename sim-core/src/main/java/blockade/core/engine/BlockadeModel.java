package blockade.core.engine;

import blockade.core.market.ChipMarketService;
import blockade.core.policy.OffshorePolicy;
import blockade.core.random.Draws;
import blockade.core.random.RandomStreams;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: one tick a month, each tick running the phases of DESIGN §3 in order (one
 * {@link Steppable} per phase, scheduled at orderings 0..6, so no two share a slot and MASON never shuffles them). Agents are stepped in
 * id order, except DECIDE, whose order is drawn every tick from the engine's own stream. Observers
 * run after RECORD. Use {@link #runToEnd()} rather than {@code doLoop} (which calls System.exit).
 */
public class BlockadeModel extends SimState {
  private static final long serialVersionUID = 1L;

  private final transient World world;
  private final transient List<Agent> agents = new ArrayList<>();
  private final transient List<TickObserver> observers = new ArrayList<>();
  private final transient UniformRandomProvider orderStream;

  public BlockadeModel(World world, List<Agent> initialAgents) {
    super(world.masterSeed());
    this.random = new MersenneTwisterFast(new RandomStreams(world.masterSeed()).masonSeed());
    this.world = world;
    this.orderStream = world.stream("engine/decide-order");
    for (Agent a : initialAgents) {
      world.register(a);
      agents.add(a);
    }
  }

  public World world() {
    return world;
  }

  public void addObserver(TickObserver o) {
    observers.add(o);
  }

  public int ticks() {
    return world.calendar().ticks();
  }

  @Override
  public void start() {
    super.start();
    for (Phase p : Phase.values()) {
      schedule.scheduleRepeating(0.0, p.ordinal(), (Steppable) state -> runPhase(p), 1.0);
    }
  }

  /** Runs the whole horizon headless. */
  public void runToEnd() {
    start();
    while (schedule.getSteps() < ticks()) {
      if (!schedule.step(this)) {
        break;
      }
    }
    finish();
  }

  /** Runs one tick (for the GUI and tests); returns false once the horizon is done. */
  public boolean stepTick() {
    if (schedule.getSteps() >= ticks()) {
      return false;
    }
    return schedule.step(this);
  }

  private void runPhase(Phase phase) {
    switch (phase) {
      case REGULATE -> {
        int t = (int) Math.round(schedule.getTime());
        world.setTick(t);
        world.stats().clear();
        if (t > 0) {
          world.power().grow();
        }
        stepAll(phase, activeIn(phase));
      }
      case DECIDE -> {
        List<Agent> list = activeIn(phase);
        int[] order = new int[list.size()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Draws.shuffle(orderStream, order);
        for (int i : order) {
          list.get(i).step(phase, world);
        }
      }
      case CLEAR -> {
        clearMarkets();
        stepAll(phase, activeIn(phase));
      }
      case OPERATE -> {
        stepAll(phase, activeIn(phase));
        for (Agent a : world.drainSpawned()) {
          world.register(a);
          agents.add(a);
        }
        world.ecosystem().advance(adoption());
      }
      case RECORD -> {
        stepAll(phase, activeIn(phase));
        for (TickObserver o : observers) {
          o.afterTick(world);
        }
      }
      default -> stepAll(phase, activeIn(phase));
    }
  }

  private void clearMarkets() {
    Map<String, ChipSupplier> suppliers = new LinkedHashMap<>();
    for (ChipSupplier s : world.agents(ChipSupplier.class)) {
      suppliers.put(s.id(), s);
    }
    ChipMarketService market = world.chipMarket();
    market.clear(new ArrayList<>(suppliers.values()), world);
    market.deliverDue(suppliers, world);
    double drawKw = 0;
    for (FleetHolder h : world.agents(FleetHolder.class)) {
      drawKw += h.fleet(world).powerKw();
    }
    world.power().allocate(world.agents(PowerUser.class), drawKw, world);
    boolean offshoreTrades = world.regime().at(world.tick()).offshore() == OffshorePolicy.OPEN;
    world.exchange().clear(world, offshoreTrades);
  }

  private double adoption() {
    double w = 0;
    double s = 0;
    for (FirmView f : world.agents(FirmView.class)) {
      double h = f.fleetH100e();
      w += h;
      s += h * f.frameworkShare();
    }
    return w > 0 ? s / w : 0;
  }

  private List<Agent> activeIn(Phase phase) {
    List<Agent> out = new ArrayList<>();
    for (Agent a : agents) {
      if (a.active() && a.phases().contains(phase)) {
        out.add(a);
      }
    }
    out.sort((x, y) -> x.id().compareTo(y.id()));
    return out;
  }

  private void stepAll(Phase phase, List<Agent> list) {
    for (Agent a : list) {
      a.step(phase, world);
    }
  }

  /** Agents registered so far (including inactive ones), for outputs and the GUI. */
  public List<Agent> agents() {
    return List.copyOf(agents);
  }
}
