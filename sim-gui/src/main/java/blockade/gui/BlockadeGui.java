package blockade.gui;

import blockade.agents.scenario.MidRun;
import blockade.agents.scenario.ScenarioAssembly;
import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.ConfigException;
import blockade.core.config.ConfigProblem;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * Blockade in MASON's console: the market network ({@link Display2D} with a network portrayal), the
 * live charts, the events panel and the policy levers in the model tab. Every Play starts a fresh
 * run of the current scenario with the console's seed, built exactly as a headless run is, so a GUI
 * run and {@code ./blockade run} with the same seed agree month by month until a lever is pulled.
 */
public class BlockadeGui extends GUIState {
  /** Event type of a lever edit (written only by runs made in the GUI). */
  public static final String LEVER_CHANGED = EventTypes.LEVER_CHANGED;

  /** Agent id lever edits are recorded under. */
  public static final String GUI_AGENT = "gui";

  private ScenarioFile scenario;
  private final MarketNetwork network = new MarketNetwork();
  private final LiveCharts charts = new LiveCharts();
  private final Levers levers = new Levers(this);
  private final ContinuousPortrayal2D nodePortrayal = new ContinuousPortrayal2D();
  private final NetworkPortrayal2D edgePortrayal = new NetworkPortrayal2D();

  /** Queued lever edits by lever, applied at the start of the next month. */
  private final Map<String, String[]> pendingValues = new LinkedHashMap<>();

  private final Map<String, LeverEdit> pending = new LinkedHashMap<>();
  private final List<String> appliedSets = new ArrayList<>();
  private final List<LeverChange> changes = new ArrayList<>();
  private final List<String> leverErrors = new ArrayList<>();
  private int eventsShown;

  private EventsPanel events;
  private Display2D display;
  private JFrame displayFrame;
  private JFrame chartsFrame;
  private JFrame eventsFrame;

  public BlockadeGui(ScenarioFile scenario, long seed) {
    super(newModel(scenario, seed));
    this.scenario = scenario;
  }

  private static BlockadeModel newModel(ScenarioFile s, long seed) {
    return new BlockadeModel(new ScenarioAssembly(s.config()), seed);
  }

  public static String getName() {
    return "Blockade";
  }

  public static Object getInfo() {
    return "<html><h2>Blockade</h2><p>China's AI industry under US chip export controls, one"
        + " month a step.</p><p>Press Play to run, Pause and Step to go month by month, Stop"
        + " then Play to start again (with the seed shown). Click a node in the market network"
        + " to inspect the agent; pull policy levers in the Model tab (they act from the next"
        + " month). See docs/gui.md for a tour.</p></html>";
  }

  /** The model of the current run. */
  public BlockadeModel model() {
    return (BlockadeModel) state;
  }

  public ScenarioFile scenario() {
    return scenario;
  }

  public MarketNetwork network() {
    return network;
  }

  public LiveCharts charts() {
    return charts;
  }

  public EventsPanel eventsPanel() {
    return events;
  }

  public Display2D display() {
    return display;
  }

  /** The network's field portrayals, bottom layer first (edges, then nodes). */
  public List<sim.portrayal.FieldPortrayal2D> portrayals() {
    return List.of(edgePortrayal, nodePortrayal);
  }

  public Levers levers() {
    return levers;
  }

  /** Lever edits that took effect in this run, in order. */
  public List<LeverChange> leverChanges() {
    return List.copyOf(changes);
  }

  /** The {@code --set} overrides the lever edits of this run amount to, in order. */
  public List<String> appliedSets() {
    return List.copyOf(appliedSets);
  }

  /** Lever edits that could not be applied (each also shown in a dialog in the console). */
  public synchronized List<String> leverErrors() {
    return List.copyOf(leverErrors);
  }

  @Override
  public Object getSimulationInspectedObject() {
    return levers;
  }

  /**
   * Starts a fresh run of the current scenario with the seed MASON's console set on the model
   * (Stop/Play therefore never continues an edited model).
   */
  @Override
  public void start() {
    state = newModel(scenario, model().masterSeed());
    synchronized (this) {
      pending.clear();
      pendingValues.clear();
    }
    appliedSets.clear();
    changes.clear();
    super.start();
    setup();
  }

  @Override
  public void load(SimState s) {
    super.load(s);
    setup();
  }

  @Override
  public boolean validSimState(SimState s) {
    return s instanceof BlockadeModel m && m.factory() instanceof ScenarioAssembly;
  }

  private void setup() {
    network.reset(model(), this::model);
    charts.reset(((ScenarioAssembly) model().factory()).config());
    eventsShown = 0;
    if (events != null) {
      events.reset();
    }
    nodePortrayal.setField(network.field());
    nodePortrayal.setPortrayalForAll(new NodePortrayal(() -> model().world().tick()));
    edgePortrayal.setField(new SpatialNetwork2D(network.field(), network.edges()));
    edgePortrayal.setPortrayalForAll(new FlowEdgePortrayal());
    scheduleRepeatingImmediatelyBefore(s -> beforeMonth());
    scheduleRepeatingImmediatelyAfter(s -> afterMonth());
    if (display != null) {
      display.reset();
      display.repaint();
    }
    updateTitle();
  }

  /** Applies queued lever edits: they take effect from the month about to run. */
  private void beforeMonth() {
    List<LeverEdit> todo;
    synchronized (this) {
      todo = new ArrayList<>(pending.values());
      pending.clear();
      pendingValues.clear();
    }
    BlockadeModel m = model();
    if (todo.isEmpty() || m.done()) {
      return;
    }
    int t = m.ticksDone();
    String month = m.world().calendar().date(t);
    List<String> sets = new ArrayList<>(appliedSets);
    List<LeverChange> made = new ArrayList<>();
    for (LeverEdit e : todo) {
      List<String> s = e.sets(month, "gui-lever-" + (changes.size() + made.size() + 1));
      sets.addAll(s);
      made.add(new LeverChange(t, month, e.label(), s));
    }
    BlockadeModel copy;
    try {
      ScenarioConfig c = scenario.withSets(sets);
      copy = MidRun.rebind(m, c);
    } catch (ConfigException e) {
      StringBuilder b = new StringBuilder();
      for (ConfigProblem p : e.problems()) {
        b.append(p.format()).append('\n');
      }
      leverError(b.toString().strip());
      return;
    } catch (IllegalArgumentException e) {
      leverError(e.getMessage());
      return;
    }
    state = copy;
    appliedSets.clear();
    appliedSets.addAll(sets);
    for (LeverChange c : made) {
      changes.add(c);
      copy.world()
          .events()
          .publish(
              new SimEvent(
                  t,
                  month,
                  LEVER_CHANGED,
                  GUI_AGENT,
                  null,
                  null,
                  null,
                  null,
                  c.label()
                      + " from "
                      + month
                      + " (--set "
                      + String.join(" --set ", c.sets())
                      + ")"));
      charts.leverMarker(t, c.label());
    }
  }

  private void leverError(String message) {
    synchronized (this) {
      leverErrors.add(message);
    }
    if (controller != null) {
      SwingUtilities.invokeLater(
          () ->
              JOptionPane.showMessageDialog(
                  null, message, "Lever not applied", JOptionPane.ERROR_MESSAGE));
    }
  }

  /** Refreshes the network, charts and events after a month. */
  private void afterMonth() {
    BlockadeModel m = model();
    network.update(m);
    edgePortrayal.setField(new SpatialNetwork2D(network.field(), network.edges()));
    charts.update(m);
    List<SimEvent> all = m.world().events().all();
    if (events != null && all.size() > eventsShown) {
      events.append(all.subList(eventsShown, all.size()));
    }
    eventsShown = all.size();
    updateTitle();
  }

  private void updateTitle() {
    JFrame f = displayFrame;
    if (f != null) {
      String title =
          "Blockade market network: " + scenario.config().name() + ", " + levers.getDate();
      SwingUtilities.invokeLater(() -> f.setTitle(title));
    }
  }

  /** Queues a lever edit for the next month; a later edit of the same lever replaces it. */
  synchronized void queue(String lever, String value, LeverEdit edit) {
    pending.put(lever, edit);
    pendingValues.put(lever, new String[] {value});
  }

  synchronized String pendingValue(String lever) {
    String[] v = pendingValues.get(lever);
    return v == null ? null : v[0];
  }

  /** The month the next edit would take effect from, YYYY-MM. */
  String nextMonth() {
    BlockadeModel m = model();
    ScenarioConfig c = ((ScenarioAssembly) m.factory()).config();
    if (m.world() == null) {
      return c.start().toString();
    }
    return m.world().calendar().date(Math.min(m.ticksDone(), m.ticks() - 1));
  }

  /** Highlights an event's agents in the network. */
  void select(SimEvent e) {
    network.highlight(List.of(e.agent(), e.counterparty() == null ? "" : e.counterparty()));
    if (display != null) {
      display.repaint();
    }
  }

  /**
   * Switches to another scenario file: a fresh run of it starts at the next Play. The caller has
   * validated it ({@link ScenarioFile#load}).
   */
  public void useScenario(ScenarioFile s) {
    this.scenario = s;
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    buildWindows();
    c.registerFrame(displayFrame);
    c.registerFrame(chartsFrame);
    c.registerFrame(eventsFrame);
    displayFrame.setVisible(true);
    chartsFrame.setLocation(displayFrame.getX() + displayFrame.getWidth(), 0);
    chartsFrame.setVisible(true);
    eventsFrame.setLocation(displayFrame.getX() + displayFrame.getWidth(), chartsFrame.getHeight());
    eventsFrame.setVisible(true);
    if (c instanceof Console console) {
      ScenarioMenu.install(console, this);
    }
  }

  /** Creates the network display, the charts window and the events window (not shown). */
  void buildWindows() {
    display = new Display2D(900, 650, this);
    display.setBackdrop(Color.WHITE);
    display.attach(edgePortrayal, "Flows this month");
    display.attach(nodePortrayal, "Agents");
    displayFrame = display.createFrame();
    displayFrame.getContentPane().add(new Legend(), BorderLayout.SOUTH);
    displayFrame.pack();
    chartsFrame = charts.createFrame();
    events = new EventsPanel(this::select);
    eventsFrame = new JFrame("Blockade events");
    eventsFrame.getContentPane().add(events);
    eventsFrame.setSize(760, 360);
    updateTitle();
  }

  @Override
  public void quit() {
    super.quit();
    for (JFrame f : new JFrame[] {displayFrame, chartsFrame, eventsFrame}) {
      if (f != null) {
        f.dispose();
      }
    }
    displayFrame = null;
    chartsFrame = null;
    eventsFrame = null;
    display = null;
  }
}
