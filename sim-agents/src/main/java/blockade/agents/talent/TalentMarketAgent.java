package blockade.agents.talent;

import blockade.agents.firm.MonthPath;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import blockade.core.market.PriceAdjustRule;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * China's market for frontier-capable AI researchers (DESIGN §9, CALIBRATION §8; the source's other
 * bottleneck). Each month, after the state funds pay (FUND):
 *
 * <ol>
 *   <li>The pool grows by graduates who stay, returnees, researchers trained with state money
 *       (after a lag) and state-lab trainees, and shrinks by attrition.
 *   <li>State talent money pays state-lab researchers (a share) and trains new ones (the rest).
 *   <li>Firms want researchers in proportion to the training compute they plan; when the pool is
 *       short, it is shared by pay (free cash per wanted researcher) and prospects (capability),
 *       never above what an employer wants; the state lab competes with its own attraction.
 *   <li>A firm short of researchers uses only part of its training compute productively: factor =
 *       (hired / wanted)^elasticity — money without talent buys chips but not progress.
 *   <li>The wage moves with excess demand in bounded steps.
 * </ol>
 */
public final class TalentMarketAgent extends BaseAgent implements TalentBoard {
  public static final String ID = "talent-market";
  private final TalentConfig cfg;
  private final MonthPath graduates;
  private final MonthPath stay;
  private final MonthPath returnees;
  private final double[] pipeline = new double[61];
  private double pool;
  private double wage;
  private double firmsHired;
  private double stateLab;
  private double wanted;
  // this month's results by employer, in the order employers were served
  private final java.util.Map<String, Hiring> hirings = new java.util.LinkedHashMap<>();
  private double trainedByState;

  public TalentMarketAgent(TalentConfig cfg) {
    super(ID, "talent-market", EnumSet.of(Phase.FUND));
    this.cfg = cfg;
    this.graduates = new MonthPath(cfg.graduatesPerYear());
    this.stay = new MonthPath(cfg.stayShare());
    this.returnees = new MonthPath(cfg.returneesPerYear());
    this.pool = cfg.initialResearchers();
    this.wage = cfg.initialWageUsdK();
  }

  @Override
  public void step(Phase phase, World w) {
    int t = w.tick();
    YearMonth m = w.calendar().month(t);
    int slot = t % pipeline.length;
    if (t > 0) {
      pool +=
          graduates.at(m) * Math.min(1, stay.at(m)) / 12
              + returnees.at(m) / 12
              + pipeline[slot]
              + stateLab * cfg.stateLabTraineesPerYear() / 12;
      pool -= pool * cfg.attritionPerYear() / 12;
    }
    pipeline[slot] = 0;
    double labWanted = spendStateMoney(w, t);
    List<TalentEmployer> employers = new ArrayList<>(w.agents(TalentEmployer.class));
    hirings.clear();
    double[] want = new double[employers.size()];
    double total = labWanted;
    for (int i = 0; i < want.length; i++) {
      want[i] =
          cfg.researchersPerThousandH100e()
              * employers.get(i).staff().plannedTrainingH100e()
              / 1000;
      total += want[i];
    }
    double[] hired = allocate(employers, want, labWanted);
    firmsHired = 0;
    for (int i = 0; i < want.length; i++) {
      double factor =
          want[i] > 0 && hired[i] < want[i]
              ? Math.pow(hired[i] / want[i], cfg.shortfallElasticity())
              : 1;
      hirings.put(employers.get(i).id(), new Hiring(want[i], hired[i], factor));
      firmsHired += hired[i];
    }
    stateLab = hired[want.length];
    wanted = total;
    wage =
        PriceAdjustRule.next(
            wage,
            total,
            Math.max(1, pool),
            cfg.wageSensitivity(),
            cfg.maxWageStepShare(),
            cfg.initialWageUsdK() / 2);
  }

  /** Spends the state talent money received: lab wages and training. Returns lab researchers. */
  private double spendStateMoney(World w, int t) {
    double money = w.ledger().balance(ID);
    if (money <= 0) {
      return 0;
    }
    double lab = money * cfg.stateLabShare();
    double training = money - lab;
    w.ledger().spend(ID, "researcher-training", training);
    w.ledger().spend(ID, "state-lab", lab);
    double trained = training / cfg.usdMPerResearcherTrained();
    pipeline[(t + Math.min(pipeline.length - 1, cfg.trainingLagMonths())) % pipeline.length] +=
        trained;
    trainedByState += trained;
    // a month's lab money pays researchers for a year at the current wage
    return lab * 12 / Math.max(1e-9, wage / 1000);
  }

  /**
   * Shares the pool: everyone gets what it wants when the pool suffices; otherwise in proportion to
   * wanted × attraction, capped at what each wants, with what the capped leave shared again. The
   * last slot is the state lab.
   */
  private double[] allocate(List<TalentEmployer> employers, double[] want, double labWanted) {
    int n = want.length;
    double[] w = new double[n + 1];
    double[] cap = new double[n + 1];
    System.arraycopy(want, 0, cap, 0, n);
    cap[n] = labWanted;
    double total = 0;
    for (double c : cap) {
      total += c;
    }
    if (total <= pool) {
      return cap;
    }
    double meanCap = 0;
    double meanPay = 0;
    int k = 0;
    double[] pay = new double[n];
    for (int i = 0; i < n; i++) {
      if (want[i] > 0) {
        double c = employers.get(i).capability();
        meanCap += Double.isFinite(c) ? c : 0;
        pay[i] = Math.max(1e-9, employers.get(i).talentPayCapacityUsdM()) / want[i];
        meanPay += Math.log(pay[i]);
        k++;
      }
    }
    meanCap = k > 0 ? meanCap / k : 0;
    meanPay = k > 0 ? meanPay / k : 0;
    for (int i = 0; i < n; i++) {
      if (want[i] > 0) {
        double c = employers.get(i).capability();
        double gap = Double.isFinite(c) ? c - meanCap : 0;
        double payGap = (Math.log(pay[i]) - meanPay) / Math.log(2);
        w[i] = want[i] * Math.exp(cfg.prospectsSensitivity() * gap + cfg.paySensitivity() * payGap);
      }
    }
    w[n] = labWanted * cfg.stateLabAttraction();
    double[] got = new double[n + 1];
    double left = pool;
    for (int pass = 0; pass < n + 1 && left > 1e-9; pass++) {
      double weight = 0;
      for (int i = 0; i <= n; i++) {
        if (got[i] < cap[i]) {
          weight += w[i];
        }
      }
      if (weight <= 0) {
        break;
      }
      double given = 0;
      for (int i = 0; i <= n; i++) {
        if (got[i] < cap[i]) {
          double add = Math.min(cap[i] - got[i], left * w[i] / weight);
          got[i] += add;
          given += add;
        }
      }
      left -= given;
    }
    return got;
  }

  // ---------------------------------------------------------------- inspector properties

  /** Frontier-capable AI researchers in China now. */
  public double getPoolResearchers() {
    return pool;
  }

  /** Researchers working for firms and startups this month. */
  public double getFirmResearchers() {
    return firmsHired;
  }

  /** Researchers in state labs this month. */
  public double getStateLabResearchers() {
    return stateLab;
  }

  /** Annual wage now, thousands USD. */
  public double getWageUsdK() {
    return wage;
  }

  /** Researchers wanted this month (firms and state lab). */
  public double getWantedResearchers() {
    return wanted;
  }

  /** Share of wanted researchers not hired this month (0 when the pool suffices). */
  public double getShortfallShare() {
    return wanted > 0 ? Math.max(0, 1 - (firmsHired + stateLab) / wanted) : 0;
  }

  /** Researchers trained with state money so far (arrived or in training). */
  public double getTrainedByStateResearchers() {
    return trainedByState;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("pool_researchers", pool);
    f.put("firm_researchers", firmsHired);
    f.put("state_lab_researchers", stateLab);
    f.put("wage_usd_k", wage);
    f.put("trained_by_state", trainedByState);
  }

  @Override
  public Hiring hiringFor(String employer) {
    return hirings.get(employer);
  }
}
