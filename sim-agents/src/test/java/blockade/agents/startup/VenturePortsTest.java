package blockade.agents.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.agents.firm.FirmAgent;
import blockade.agents.firm.StartupFinance;
import blockade.core.engine.World;
import blockade.core.observe.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * Private venture capital against a fake fund port: the round budget and the entrants it founds.
 */
class VenturePortsTest {
  private static VentureConfig config(double entriesPerUsdBn) {
    return new VentureConfig(12_000, 0, 1, 0.7, 0.25, 0.8, 18, 6, entriesPerUsdBn, "");
  }

  @Test
  void splitsTheMonthlyPool_intoRounds_andFoundsNoEntrantWithoutEntryRate() {
    FakePort port = new FakePort();
    VentureCapitalAgent vc = new VentureCapitalAgent(config(0), port, null);
    vc.act(
        port,
        n -> {
          throw new AssertionError("no entrant expected");
        });
    assertEquals(vc.poolUsdMPerMonth(0) * 0.7, vc.getRoundBudgetUsdM(), 1e-9);
    assertTrue(port.spawned.isEmpty());
  }

  @Test
  void foundsEntrants_withSeedCashFromPrivateVc_queuedToJoinAtTheEndOfTheTick() {
    FakePort port = new FakePort();
    World world = new FakePort().world();
    var named = FakePort.baseline().startups();
    var firmConfig =
        new blockade.agents.firm.FirmConfig(
            20,
            java.util.Map.of(),
            1,
            0,
            null,
            1,
            java.util.Map.of(),
            0,
            false,
            false,
            null,
            "",
            0,
            "");
    VentureCapitalAgent vc = new VentureCapitalAgent(config(1000), port, null);
    vc.act(
        port,
        n ->
            new FirmAgent(
                "entrant-" + n, true, firmConfig, named.behaviour(), new StartupFinance(6), world));
    assertTrue(port.spawned.size() > 0);
    assertEquals(port.spawned.size(), vc.getEntrants());
    assertEquals(port.spawned.size(), port.events(EventTypes.ENTRY).size());
    assertEquals(port.spawned.size() * firmConfig.cashUsdM(), vc.getInvestedUsdM(), 1e-6);
    assertEquals(vc.getInvestedUsdM(), port.ledger.source("private-vc"), 1e-6);
  }
}
