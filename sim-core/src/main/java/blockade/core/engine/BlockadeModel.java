package blockade.core.engine;

import blockade.core.market.KeySort;
import blockade.core.policy.OffshorePolicy;
import blockade.core.random.KeyedStreams;
import blockade.core.random.RandomStreams;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: one tick a month, each tick running the phases of DESIGN §3 in order (one {@link
 * Steppable} per phase, scheduled at orderings 0..6, so no two share a slot and MASON never
 * shuffles them). Agents are stepped in id order, except DECIDE, whose order is drawn every tick
 * from the engine's own stream. Observers run after RECORD. Use {@link #runToEnd()} rather than
 * {@code doLoop} (which calls System.exit).
 */
public class BlockadeModel extends SimState {
  private static final long serialVersionUID = 1L;

  private final ModelFactory factory;
  private World world;
  private final List<Agent> agents = new ArrayList<>();

  /** Observers added by the caller: kept across restarts. */
  private final List<TickObserver> observers = new ArrayList<>();

  /** Observers built with the run (e.g. the metrics recorder): replaced at every start. */
  private final List<TickObserver> runObservers = new ArrayList<>();

  /**
   * Each agent's place in a month's decision order is a key drawn about it for that month, so the
   * order of two agents never depends on which others exist (DESIGN §1).
   */
  private KeyedStreams decideOrder;

  /** The master seed of the next start (all 64 bits: MASON's {@link #seed()} keeps only 32). */
  private long masterSeed;

  /**
   * A model MASON can start, stop and restart: every {@link #start()} builds a fresh world and
   * agents from {@code factory} for the current {@link #seed()} (which MASON's console may have
   * changed with {@link #setSeed}), and schedules a stop after the last month.
   */
  public BlockadeModel(ModelFactory factory, long seed) {
    super(seed);
    this.masterSeed = seed;
    this.factory = factory;
    this.random = new MersenneTwisterFast(new RandomStreams(seed).masonSeed());
  }

  /** The world of the current run (null before the first {@link #start()}). */
  public World world() {
    return world;
  }

  /** The master seed the current run was built from (all 64 bits). */
  public long masterSeed() {
    return masterSeed;
  }

  /** Sets the seed of the next {@link #start()}, as MASON's console does before it starts a run. */
  @Override
  public void setSeed(long seed) {
    super.setSeed(seed);
    this.masterSeed = seed;
  }

  public ModelFactory factory() {
    return factory;
  }

  public void addObserver(TickObserver o) {
    observers.add(o);
  }

  /** The first observer of the current run (built with it, or added) of a type, or null. */
  public <T> T observer(Class<T> type) {
    for (List<TickObserver> l : List.of(runObservers, observers)) {
      for (TickObserver o : l) {
        if (type.isInstance(o)) {
          return type.cast(o);
        }
      }
    }
    return null;
  }

  public int ticks() {
    return world.calendar().ticks();
  }

  /** Months run so far in the current run (the next month to run). */
  public int ticksDone() {
    return (int) schedule.getSteps();
  }

  /** True once the last month has run (the schedule is then empty). */
  public boolean done() {
    return world != null && ticksDone() >= ticks();
  }

  @Override
  public void start() {
    long s = masterSeed;
    this.random = new MersenneTwisterFast(new RandomStreams(s).masonSeed());
    super.start();
    ModelFactory.Assembly a = factory.assemble(s);
    world = a.world();
    agents.clear();
    runObservers.clear();
    runObservers.addAll(a.observers());
    decideOrder = world.streams("engine", "decide-order");
    for (Agent ag : a.agents()) {
      world.register(ag);
      agents.add(ag);
    }
    agentsChanged();
    for (Phase p : Phase.values()) {
      schedule.scheduleRepeating(0.0, p.ordinal(), new PhaseStep(p), 1.0);
    }
    // nothing runs past the last month: the schedule is emptied after it
    schedule.scheduleOnce(ticks() - 1, Phase.values().length, new Stop());
  }

  /** Runs the whole horizon headless. */
  public void runToEnd() {
    start();
    continueToEnd();
  }

  /** Runs the remaining months (of a started or restored model) and finishes. */
  public void continueToEnd() {
    while (stepTick()) {
      // one month a step
    }
    finish();
  }

  /** Runs the months before a tick (of a started or restored model), e.g. up to a checkpoint. */
  public void runUntil(int tick) {
    while (ticksDone() < tick && stepTick()) {
      // one month a step
    }
  }

  /** Runs one tick (for the GUI and tests); returns false once the horizon is done. */
  public boolean stepTick() {
    if (ticksDone() >= ticks()) {
      return false;
    }
    return schedule.step(this);
  }

  /** One phase of every tick, as a serializable steppable (the schedule is checkpointed). */
  private record PhaseStep(Phase phase) implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      ((BlockadeModel) state).runPhase(phase);
    }
  }

  /** Ends the run after the last month: MASON's console then stops by itself. */
  private static final class Stop implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      state.kill();
    }
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
        Agent[] all = inPhase(phase); // in id order
        int t = world.tick();
        Agent[] active = new Agent[all.length];
        long[] key = new long[all.length];
        int[] rank = new int[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i++) {
          if (all[i].active()) {
            active[n] = all[i];
            key[n] = KeySort.signedKey(decideOrder.firstLongAbout(decideHashes[i], t));
            rank[n] = n;
            n++;
          }
        }
        // by drawn key; the sort is stable, so equal keys stay in id order
        KeySort.sort(key, rank, n);
        for (int i = 0; i < n; i++) {
          active[rank[i]].step(phase, world);
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
          agentsChanged();
        }
        world.ecosystem().advance(adoption());
      }
      case RECORD -> {
        stepAll(phase, activeIn(phase));
        for (TickObserver o : runObservers) {
          o.afterTick(world);
        }
        for (TickObserver o : observers) {
          o.afterTick(world);
        }
      }
      default -> stepAll(phase, activeIn(phase));
    }
  }

  private void clearMarkets() {
    ChipSettlement.settle(world);
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

  /**
   * The agents taking part in each phase, in id order, active or not; rebuilt only when agents join
   * (at start and at the end of OPERATE), not sorted again every phase of every month. Transient: a
   * restored checkpoint rebuilds it from {@link #agents}.
   */
  private transient java.util.EnumMap<Phase, Agent[]> byPhase;

  /** The id hashes of the DECIDE agents of {@link #byPhase}, for their decision-order draws. */
  private transient long[] decideHashes;

  private void agentsChanged() {
    byPhase = null;
  }

  /** The agents of a phase, active or not, in id order. */
  private Agent[] inPhase(Phase phase) {
    if (byPhase == null) {
      List<Agent> sorted = new ArrayList<>(agents);
      sorted.sort((x, y) -> x.id().compareTo(y.id()));
      byPhase = new java.util.EnumMap<>(Phase.class);
      for (Phase p : Phase.values()) {
        List<Agent> in = new ArrayList<>();
        for (Agent a : sorted) {
          if (a.phases().contains(p)) {
            in.add(a);
          }
        }
        byPhase.put(p, in.toArray(new Agent[0]));
      }
      Agent[] deciders = byPhase.get(Phase.DECIDE);
      decideHashes = new long[deciders.length];
      for (int i = 0; i < deciders.length; i++) {
        decideHashes[i] = KeyedStreams.targetHash(deciders[i].id());
      }
    }
    return byPhase.get(phase);
  }

  /** The active agents of a phase, in id order, as they are when the phase starts. */
  private List<Agent> activeIn(Phase phase) {
    Agent[] all = inPhase(phase);
    List<Agent> out = new ArrayList<>(all.length);
    for (Agent a : all) {
      if (a.active()) {
        out.add(a);
      }
    }
    return out;
  }

  private void stepAll(Phase phase, List<Agent> list) {
    for (Agent a : list) {
      a.step(phase, world);
      // exits are decided by the agent and carried out by the engine, right after its step
      if (phase == Phase.OPERATE && a instanceof Exiting e && a.active() && e.exitDue(world)) {
        world.exit(e);
      }
    }
  }

  /** Agents registered so far (including inactive ones), for outputs and the GUI. */
  public List<Agent> agents() {
    return List.copyOf(agents);
  }
}
