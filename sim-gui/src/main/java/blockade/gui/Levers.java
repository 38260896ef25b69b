package blockade.gui;

import blockade.agents.fund.FundConfig;
import blockade.agents.scenario.ScenarioAssembly;
import blockade.agents.scenario.ScenarioConfig;
import blockade.core.engine.BlockadeModel;
import blockade.core.policy.ChinaPolicyState;
import blockade.core.policy.ExportRegime;
import blockade.core.policy.ExportRuleConfig;
import blockade.core.policy.OffshorePolicy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sim.util.Interval;

/**
 * The console's model tab: the run's date and the policy levers as editable properties (sliders
 * where the range is known). An edit takes effect from the next month: it becomes {@code --set}
 * overrides of the scenario, applied to the running model with the same mid-run re-binding as
 * {@code run --from --set}, recorded as a {@code lever_changed} event and kept for summary.json.
 */
public final class Levers {
  private static final String[] OFFSHORE = {"open", "compliant-only", "closed"};

  private final BlockadeGui gui;

  Levers(BlockadeGui gui) {
    this.gui = gui;
  }

  private BlockadeModel model() {
    return gui.model();
  }

  private ScenarioConfig config() {
    return ((ScenarioAssembly) model().factory()).config();
  }

  /** The scenario being run. */
  public String getScenario() {
    return config().name();
  }

  /** The last month run (the next one before the run starts). */
  public String getDate() {
    BlockadeModel m = model();
    if (m.world() == null) {
      return config().start().toString();
    }
    return m.ticksDone() == 0 ? "(not started)" : m.world().date();
  }

  private ExportRegime.State regime() {
    BlockadeModel m = model();
    if (m.world() == null) {
      return null;
    }
    int t = Math.min(m.ticksDone(), m.ticks() - 1);
    return m.world().regime().at(t);
  }

  /** Export-regime level now (sum of the severities of the rules in force). */
  public double getExportRegimeLevel() {
    ExportRegime.State s = regime();
    return s == null ? 0 : s.level();
  }

  /** Rule for Chinese-owned offshore datacenters: 0 open, 1 compliant-only, 2 closed. */
  public int getOffshoreRoute() {
    String pending = gui.pendingValue("offshore");
    if (pending != null) {
      return List.of(OFFSHORE).indexOf(pending);
    }
    ExportRegime.State s = regime();
    return s == null ? 0 : s.offshore().ordinal();
  }

  public void setOffshoreRoute(int i) {
    if (i < 0 || i >= OFFSHORE.length) {
      return;
    }
    String name = OffshorePolicy.values()[i].configName();
    gui.queue("offshore", name, LeverEdit.rule("offshore route " + name, "offshore: " + name));
  }

  public Object domOffshoreRoute() {
    return OFFSHORE.clone();
  }

  /** Whether foreign clouds may rent US chips to Chinese firms (remote access) now. */
  public boolean isRemoteAccessOpen() {
    String pending = gui.pendingValue("remote-access");
    if (pending != null) {
      return Boolean.parseBoolean(pending);
    }
    ExportRegime.State s = regime();
    return s == null || s.remoteAccessOpen();
  }

  public void setRemoteAccessOpen(boolean open) {
    String word = open ? "open" : "closed";
    gui.queue(
        "remote-access",
        Boolean.toString(open),
        LeverEdit.rule("remote access " + word, "remoteAccess: " + open));
  }

  /** US enforcement level, 0 (none) to 1 (strict): grey-market seizures rise with it. */
  public double getEnforcement() {
    String pending = gui.pendingValue("enforcement");
    if (pending != null) {
      return Double.parseDouble(pending);
    }
    ExportRegime.State s = regime();
    return s == null ? 0 : s.enforcement();
  }

  public void setEnforcement(double v) {
    if (!(v >= 0 && v <= 1)) {
      return;
    }
    String x = String.format(Locale.ROOT, "%.2f", v);
    gui.queue("enforcement", x, LeverEdit.rule("enforcement " + x, "enforcement: " + x));
  }

  public Object domEnforcement() {
    return new Interval(0.0, 1.0);
  }

  /** The next scenario US rule not yet in force, or "none". */
  public String getNextRule() {
    Map.Entry<String, ExportRuleConfig> r = nextRule();
    return r == null ? "none" : r.getKey() + " (effective " + r.getValue().effective() + ")";
  }

  /** Whether the next scenario US rule will take effect (off: it is withdrawn now). */
  public boolean isNextRuleOn() {
    String pending = gui.pendingValue("next-rule");
    if (pending != null) {
      return Boolean.parseBoolean(pending);
    }
    return nextRule() != null;
  }

  public void setNextRuleOn(boolean on) {
    Map.Entry<String, ExportRuleConfig> r = nextRule();
    if (r == null || on) {
      return;
    }
    String id = r.getKey();
    YearMonth announce = r.getValue().announce();
    YearMonth now = YearMonth.parse(gui.nextMonth());
    String at = (announce.isAfter(now) ? announce : now).toString();
    gui.queue(
        "next-rule",
        "false",
        LeverEdit.keys(
            "rule " + id + " withdrawn", List.of("usControls.rules." + id + ".rescinded=" + at)));
  }

  private Map.Entry<String, ExportRuleConfig> nextRule() {
    YearMonth now = YearMonth.parse(gui.nextMonth());
    for (Map.Entry<String, ExportRuleConfig> e : config().usControls().rules().entrySet()) {
      ExportRuleConfig r = e.getValue();
      if (!r.effective().isBefore(now) && r.rescinded() == null) {
        return e;
      }
    }
    return null;
  }

  private ChinaPolicyState china() {
    BlockadeModel m = model();
    return m.world() == null ? null : m.world().chinaPolicy();
  }

  /**
   * Share of the buyers China's procurement guidance covers that follow it, 0..1 (each firm's
   * propensity to comply is its own draw).
   */
  public double getGuidanceComplianceShare() {
    String pending = gui.pendingValue("guidance-compliance");
    if (pending != null) {
      return Double.parseDouble(pending);
    }
    ChinaPolicyState p = china();
    return p == null ? 1 : p.complianceShare();
  }

  public void setGuidanceComplianceShare(double v) {
    if (!(v >= 0 && v <= 1)) {
      return;
    }
    String x = String.format(Locale.ROOT, "%.2f", v);
    gui.queue(
        "guidance-compliance",
        x,
        LeverEdit.step("guidance compliance share " + x, "complianceShare: " + x));
  }

  public Object domGuidanceComplianceShare() {
    return new Interval(0.0, 1.0);
  }

  /** Minimum domestic share of new chip purchases by covered buyers that comply, 0..1. */
  public double getGuidanceDomesticShareCovered() {
    String pending = gui.pendingValue("guidance-covered");
    if (pending != null) {
      return Double.parseDouble(pending);
    }
    ChinaPolicyState p = china();
    return p == null ? 0 : p.domesticShareCovered();
  }

  public void setGuidanceDomesticShareCovered(double v) {
    if (!(v >= 0 && v <= 1)) {
      return;
    }
    String x = String.format(Locale.ROOT, "%.2f", v);
    gui.queue(
        "guidance-covered",
        x,
        LeverEdit.step("guidance domestic share covered " + x, "domesticShareCovered: " + x));
  }

  public Object domGuidanceDomesticShareCovered() {
    return new Interval(0.0, 1.0);
  }

  /**
   * Buyers with at least this much compute (H100e) are covered by the guidance (Infinity: none yet,
   * until a scenario step sets a threshold).
   */
  public double getGuidanceCoverageMinH100e() {
    String pending = gui.pendingValue("guidance-coverage");
    if (pending != null) {
      return Double.parseDouble(pending);
    }
    ChinaPolicyState p = china();
    return p == null ? Double.POSITIVE_INFINITY : p.coverageMinH100e();
  }

  public void setGuidanceCoverageMinH100e(double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      return;
    }
    String x = String.format(Locale.ROOT, "%.1f", v);
    gui.queue(
        "guidance-coverage",
        x,
        LeverEdit.step("guidance covers buyers from " + x + " H100e", "coverageMinH100e: " + x));
  }

  /** Climate multiplier on private venture money (1 = as calibrated). */
  public double getVentureClimate() {
    String pending = gui.pendingValue("climate");
    return pending != null ? Double.parseDouble(pending) : config().startups().venture().climate();
  }

  public void setVentureClimate(double v) {
    if (!(v >= 0 && v <= 5)) {
      return;
    }
    String x = String.format(Locale.ROOT, "%.2f", v);
    gui.queue(
        "climate",
        x,
        LeverEdit.keys("venture climate " + x, List.of("startups.venture.climate=" + x)));
  }

  public Object domVentureClimate() {
    return new Interval(0.0, 3.0);
  }

  /** State funds' total budget, USD billions (all funds). */
  public double getStateFundBudgetsUsdBn() {
    double s = 0;
    for (FundConfig f : config().funds().values()) {
      s += f.budgetUsdM();
    }
    return s / 1000;
  }

  /** Scale all state funds' budgets by a factor (1 keeps them). */
  public double getStateFundBudgetScale() {
    String pending = gui.pendingValue("budgets");
    return pending != null ? Double.parseDouble(pending) : 1.0;
  }

  public void setStateFundBudgetScale(double k) {
    if (!(k >= 0 && k <= 5) || k == 1.0) {
      return;
    }
    List<String> sets = new ArrayList<>();
    for (Map.Entry<String, FundConfig> f : config().funds().entrySet()) {
      sets.add(
          "funds."
              + f.getKey()
              + ".budgetUsdM="
              + String.format(Locale.ROOT, "%.1f", f.getValue().budgetUsdM() * k));
    }
    String x = String.format(Locale.ROOT, "%.2f", k);
    gui.queue("budgets", x, LeverEdit.keys("state fund budgets x" + x, sets));
  }

  public Object domStateFundBudgetScale() {
    return new Interval(0.0, 3.0);
  }

  private static final String[] STRATEGIES = {"proven", "spread", "directive"};

  /**
   * State funds' startup-selection strategy: 0 proven, 1 spread, 2 directive (the first fund's).
   */
  public int getStateFundStrategy() {
    String pending = gui.pendingValue("strategy");
    if (pending != null) {
      return List.of(STRATEGIES).indexOf(pending);
    }
    for (FundConfig f : config().funds().values()) {
      return f.strategy().ordinal();
    }
    return 0;
  }

  /** Sets every state fund's startup-selection strategy from the next month. */
  public void setStateFundStrategy(int i) {
    if (i < 0 || i >= STRATEGIES.length || config().funds().isEmpty()) {
      return;
    }
    List<String> sets = new ArrayList<>();
    for (String id : config().funds().keySet()) {
      sets.add("funds." + id + ".strategy=" + STRATEGIES[i]);
    }
    gui.queue("strategy", STRATEGIES[i], LeverEdit.keys("fund strategy " + STRATEGIES[i], sets));
  }

  public Object domStateFundStrategy() {
    return STRATEGIES.clone();
  }

  /** Domestic suppliers' best yield (the yield ramp's ceiling; the mean when there are several). */
  public double getDomesticMaxYield() {
    String pending = gui.pendingValue("yield");
    if (pending != null) {
      return Double.parseDouble(pending);
    }
    double s = 0;
    int n = 0;
    for (var d : config().domesticSuppliers().values()) {
      s += d.maxYield();
      n++;
    }
    return n > 0 ? s / n : Double.NaN;
  }

  /** Sets every domestic supplier's best yield from the next month (the domestic yield ramp). */
  public void setDomesticMaxYield(double v) {
    if (!(v > 0 && v <= 1) || config().domesticSuppliers().isEmpty()) {
      return;
    }
    String x = String.format(Locale.ROOT, "%.2f", v);
    List<String> sets = new ArrayList<>();
    for (String id : config().domesticSuppliers().keySet()) {
      sets.add("domesticSuppliers." + id + ".maxYield=" + x);
    }
    gui.queue("yield", x, LeverEdit.keys("domestic max yield " + x, sets));
  }

  public Object domDomesticMaxYield() {
    return new Interval(0.05, 1.0);
  }

  /** Lever edits that have taken effect in this run. */
  public int getLeverEdits() {
    return gui.leverChanges().size();
  }
}
