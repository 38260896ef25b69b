package blockade.agents.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The talent market: who gets researchers when they are short, and what a shortfall costs. */
class TalentMarketTest {
  /** An employer with a fixed plan, capability and free cash. */
  static final class Lab extends BaseAgent implements TalentEmployer {
    final Staff staff = new Staff();
    final double capability;
    final double cash;

    Lab(String id, double trainingH100e, double capability, double cash) {
      super(id, "lab", EnumSet.noneOf(Phase.class));
      staff.plan(trainingH100e);
      this.capability = capability;
      this.cash = cash;
    }

    @Override
    public void step(Phase phase, World w) {}

    @Override
    public Staff staff() {
      return staff;
    }

    @Override
    public double capability() {
      return capability;
    }

    @Override
    public double talentPayCapacityUsdM() {
      return cash;
    }

    @Override
    protected void snapshotFields(World w, Map<String, Object> f) {}
  }

  /** Each lab reads its hiring, as a firm does in its next step. */
  private static void readAll(TalentMarketAgent market, World w) {
    for (Lab lab : w.agents(Lab.class)) {
      lab.staff.read(market, lab.id());
    }
  }

  private static TalentConfig config(double pool, double stateLabShare) {
    return new TalentConfig(
        pool,
        Map.of("2022-10", 1200.0),
        Map.of("2022-10", 1.0),
        Map.of(),
        0,
        10,
        0.5,
        100,
        0.1,
        0.03,
        1.0,
        0,
        0.5,
        3,
        stateLabShare,
        0.5,
        0,
        "");
  }

  @Test
  void aShortPool_goesMostlyToTheBetterLab_andShortLabsLoseProductiveCompute() {
    World w = new FakePort().world();
    Lab strong = new Lab("a-strong", 100_000, 2, 100);
    Lab weak = new Lab("b-weak", 100_000, 0, 100);
    TalentMarketAgent market = new TalentMarketAgent(config(1000, 0));
    w.register(strong);
    w.register(weak);
    w.register(market);
    market.step(Phase.FUND, w);
    readAll(market, w);
    assertEquals(1000, strong.staff.wanted(), 1e-9, "10 researchers per 1,000 H100e");
    assertEquals(1000, strong.staff.hired() + weak.staff.hired(), 1e-6, "the whole pool is hired");
    assertTrue(strong.staff.hired() > 2 * weak.staff.hired(), "prospects attract researchers");
    assertEquals(Math.sqrt(weak.staff.hired() / 1000), weak.staff.factor(), 1e-9);
    assertTrue(market.getWageUsdK() > 100, "excess demand raises the wage");
  }

  @Test
  void anAmplePool_staffsEveryone_andTheWageFalls() {
    World w = new FakePort().world();
    Lab lab = new Lab("lab", 10_000, 1, 100);
    TalentMarketAgent market = new TalentMarketAgent(config(5000, 0));
    w.register(lab);
    w.register(market);
    market.step(Phase.FUND, w);
    readAll(market, w);
    assertEquals(100, lab.staff.hired(), 1e-9);
    assertEquals(1, lab.staff.factor(), 1e-12);
    assertTrue(market.getWageUsdK() < 100);
    assertEquals(0, market.getShortfallShare(), 1e-12);
  }

  @Test
  void stateTalentMoney_paysALab_andTrainsResearchers_notYetInThePool() {
    World w = new FakePort().world();
    TalentMarketAgent market = new TalentMarketAgent(config(5000, 0.5));
    w.register(market);
    w.ledger().inject("state-budget", TalentMarketAgent.ID, 50);
    market.step(Phase.FUND, w);
    readAll(market, w);
    assertEquals(50, market.getTrainedByStateResearchers(), 1e-9, "25 USD M at 0.5 each");
    assertEquals(5000, market.getPoolResearchers(), 1e-9, "trainees arrive after the lag");
    assertEquals(25 * 12 / 0.1, market.getStateLabResearchers(), 1e-6, "a year of lab wages");
    assertEquals(0, w.ledger().balance(TalentMarketAgent.ID), 1e-9, "the money is spent");
  }
}
