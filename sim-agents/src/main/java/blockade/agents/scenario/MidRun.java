package blockade.agents.scenario;

import blockade.agents.fund.FundConfig;
import blockade.agents.regulator.ChinaPolicyAgent;
import blockade.agents.regulator.PolicyStepConfig;
import blockade.core.checkpoint.CheckpointException;
import blockade.core.checkpoint.Checkpoints;
import blockade.core.engine.BlockadeModel;
import blockade.core.policy.ExportRuleConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Config changes applied to a run in progress (a restored checkpoint, or the B side of a fork).
 * Only policy levers can change mid-run: the US export-rule timeline and adaptive rules, China's
 * policy steps, state funds' budgets and weights, the venture-capital climate and the grey market.
 * Everything built once at the start (horizon, SKU catalogue, agents and their populations, the
 * power system, frontier, exchange...) is refused with the reason.
 *
 * <p>Re-binding replaces every reference the restored model holds to a changed config record by the
 * new record (the agents read their config every month), and rebuilds the export rules from the new
 * timeline, keeping the rules the regulator added during the run.
 */
public final class MidRun {
  private MidRun() {}

  /** A domestic supplier's keys that may change mid-run: its yield learning curve. */
  static final List<String> YIELD_RAMP =
      List.of("initialYield", "maxYield", "learningWafers", "learningExponent");

  /**
   * Why a config key cannot be changed mid-run, or null if it can.
   *
   * @param key a key path as in {@code --set key=value}, e.g. {@code funds.big-fund.budgetUsdM}
   */
  public static String refusal(String key) {
    String k = key.strip();
    String[] p = k.split("\\.", -1);
    switch (p[0]) {
      case "name":
      case "description":
        return null;
      case "usControls":
        if (p.length >= 2 && (p[1].equals("rules") || p[1].equals("adaptive"))) {
          return null;
        }
        return "the initial offshore rule and enforcement apply from the first month; set them in a"
            + " rule (usControls.rules.ID.offshore/enforcement) effective from now instead";
      case "chinaPolicy":
        return null;
      case "funds":
        return null;
      case "startups":
        if (p.length >= 3 && p[1].equals("venture") && !p[2].equals("runwayTriggerMonths")) {
          return null;
        }
        if (p.length >= 2 && p[1].equals("population")) {
          return "agents and their population are created at the start of the run";
        }
        return "startups' set-up is fixed at the start of the run (only startups.venture.* except"
            + " runwayTriggerMonths can change mid-run)";
      case "greyMarket":
        return null;
      case "start":
      case "end":
        return "the horizon is fixed once a run has started";
      case "skus":
        return "the SKU catalogue is built at the start of the run";
      case "domesticSuppliers":
        if (p.length == 3 && YIELD_RAMP.contains(p[2])) {
          return null;
        }
        return "a domestic supplier is created at the start of the run; only its yield ramp ("
            + String.join(", ", YIELD_RAMP)
            + ") can change mid-run";
      case "incumbents":
      case "usSuppliers":
        return "agents are created at the start of the run";
      default:
        return "not a mid-run lever (mid-run: usControls.rules, usControls.adaptive, chinaPolicy,"
            + " funds, startups.venture, greyMarket, domestic suppliers' yield ramp)";
    }
  }

  /**
   * The key paths (as {@code --set} writes them) whose values differ between two configs, in
   * declaration order; a map entry present on one side only is reported at its key.
   */
  public static List<String> differences(ScenarioConfig a, ScenarioConfig b) {
    List<String> out = new ArrayList<>();
    diff("", a, b, out);
    return out;
  }

  private static void diff(String path, Object a, Object b, List<String> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a instanceof Record ra && b instanceof Record rb && a.getClass() == b.getClass()) {
      for (RecordComponent c : ra.getClass().getRecordComponents()) {
        diff(join(path, c.getName()), value(c, ra), value(c, rb), out);
      }
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<Object> keys = new LinkedHashSet<>(ma.keySet());
      keys.addAll(mb.keySet());
      for (Object k : keys) {
        diff(join(path, String.valueOf(k)), ma.get(k), mb.get(k), out);
      }
    } else {
      out.add(path);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The first difference between the configs of two runs forked at {@code forkAt} that the shared
   * history before it cannot carry: a key that is not a mid-run lever, or a lever whose change
   * takes effect before {@code forkAt}. Null when B can be forked from A's history.
   */
  public static String forkConflict(ScenarioConfig a, ScenarioConfig b, YearMonth forkAt) {
    for (String key : differences(a, b)) {
      String why = refusal(key);
      if (why != null) {
        return key + ": " + why;
      }
      String[] p = key.split("\\.", -1);
      String early = null;
      switch (p[0]) {
        case "name", "description" -> early = null;
        case "usControls" -> {
          if (p[1].equals("rules")) {
            early = before(forkAt, ruleStart(a, p[2]), ruleStart(b, p[2]), "announced");
          } else {
            early = "adaptive rules act every month from the start";
          }
        }
        case "chinaPolicy" ->
            early = before(forkAt, stepStart(a, p[1]), stepStart(b, p[1]), "from");
        case "funds" -> early = before(forkAt, fundStart(a, p[1]), fundStart(b, p[1]), "start");
        default -> early = "it applies every month from the start";
      }
      if (early != null) {
        return key + ": differs before " + forkAt + " (" + early + ")";
      }
    }
    return null;
  }

  private static String before(YearMonth forkAt, YearMonth a, YearMonth b, String what) {
    for (YearMonth m : new YearMonth[] {a, b}) {
      if (m != null && m.isBefore(forkAt)) {
        return what + " " + m;
      }
    }
    return null;
  }

  private static YearMonth ruleStart(ScenarioConfig c, String id) {
    ExportRuleConfig r = c.usControls().rules().get(id);
    return r == null ? null : r.announce();
  }

  private static YearMonth stepStart(ScenarioConfig c, String id) {
    PolicyStepConfig s = c.chinaPolicy().get(id);
    return s == null ? null : s.from();
  }

  private static YearMonth fundStart(ScenarioConfig c, String id) {
    FundConfig f = c.funds().get(id);
    return f == null ? null : f.start();
  }

  /**
   * A copy of a started (or restored) scenario model that continues under {@code changed} instead
   * of its own config, for keys {@link #refusal} allows.
   *
   * @throws IllegalArgumentException naming the first key that cannot change mid-run (e.g. a fund
   *     added or removed, a China policy step removed or added with a month already past); a China
   *     policy step added from the next month on is handed to the China policy-maker
   */
  public static BlockadeModel rebind(BlockadeModel model, ScenarioConfig changed) {
    ScenarioConfig old = ((ScenarioAssembly) model.factory()).config();
    for (String key : differences(old, changed)) {
      String why = refusal(key);
      if (why != null) {
        throw new IllegalArgumentException(key + ": " + why);
      }
      String[] p = key.split("\\.", -1);
      if (p[0].equals("chinaPolicy") && p.length == 2) {
        String stepWhy = addedStepRefusal(model, old, changed, p[1]);
        if (stepWhy != null) {
          throw new IllegalArgumentException(key + ": " + stepWhy);
        }
      } else if (p[0].equals("funds") && p.length == 2) {
        throw new IllegalArgumentException(
            key + ": " + p[0] + " entries cannot be added or removed mid-run," + " only changed");
      }
    }
    IdentityHashMap<Object, Object> replace = new IdentityHashMap<>();
    pair(old, changed, replace);
    BlockadeModel copy = copyReplacing(model, replace);
    for (Map.Entry<String, PolicyStepConfig> e : changed.chinaPolicy().entrySet()) {
      if (!old.chinaPolicy().containsKey(e.getKey())) {
        ChinaPolicyAgent china =
            copy.world().agent(ScenarioBuilder.CHINA_POLICY, ChinaPolicyAgent.class);
        if (china == null) {
          throw new IllegalArgumentException(
              "chinaPolicy." + e.getKey() + ": the run has no China policy-maker to apply it");
        }
        china.addStep(e.getKey(), e.getValue());
      }
    }
    if (!old.usControls().rules().equals(changed.usControls().rules())) {
      copy.world()
          .regime()
          .replaceRules(
              old.usControls().rules().keySet(),
              ScenarioBuilder.rules(changed, copy.world().calendar()));
    }
    return copy;
  }

  /**
   * Why China policy step {@code id} cannot be added to (or removed from) a run continuing from its
   * next month, or null: a new step may be added if it applies from that month or later (a step
   * applies only in its own month); no step may be removed.
   */
  private static String addedStepRefusal(
      BlockadeModel model, ScenarioConfig old, ScenarioConfig changed, String id) {
    PolicyStepConfig added = changed.chinaPolicy().get(id);
    if (added == null || old.chinaPolicy().containsKey(id)) {
      return "chinaPolicy steps cannot be removed mid-run, only changed or added";
    }
    if (model.world() == null || model.ticksDone() >= model.ticks()) {
      return null;
    }
    YearMonth next = YearMonth.parse(model.world().calendar().date(model.ticksDone()));
    if (added.from().isBefore(next)) {
      return "a step added mid-run must apply from "
          + next
          + " or later (it applies only in its own month), not "
          + added.from();
    }
    return null;
  }

  /** Maps every record of {@code a} that differs from its counterpart in {@code b} to it. */
  private static void pair(Object a, Object b, IdentityHashMap<Object, Object> out) {
    if (a == null || b == null || a.equals(b)) {
      return;
    }
    if (a instanceof Record ra && b instanceof Record rb && a.getClass() == b.getClass()) {
      out.put(a, b);
      for (RecordComponent c : ra.getClass().getRecordComponents()) {
        pair(value(c, ra), value(c, rb), out);
      }
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        pair(e.getValue(), mb.get(e.getKey()), out);
      }
    }
  }

  private static BlockadeModel copyReplacing(
      BlockadeModel model, IdentityHashMap<Object, Object> replace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (ObjectOutputStream out = new Replacing(bytes, replace)) {
      out.writeObject(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Checkpoints.deserialize(bytes.toByteArray());
    } catch (CheckpointException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static final class Replacing extends ObjectOutputStream {
    private final IdentityHashMap<Object, Object> replace;

    Replacing(ByteArrayOutputStream out, IdentityHashMap<Object, Object> replace)
        throws IOException {
      super(out);
      this.replace = replace;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      Object r = replace.get(obj);
      return r == null ? obj : r;
    }
  }
}
