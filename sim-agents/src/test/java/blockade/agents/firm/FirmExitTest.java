package blockade.agents.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.agents.supplier.SecondaryMarketAgent;
import blockade.core.engine.World;
import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exits: a firm only decides (a pure predicate); the engine carries the exit out. */
class FirmExitTest {
  private static FirmConfig config(double cash) {
    return new FirmConfig(
        cash, Map.of(), 1, 0, null, 1, Map.of("H100", 10L), 0, false, false, null, "", 0, "");
  }

  private static FirmAgent firm(World w, String id, boolean startup, Finance finance) {
    var beh = startup ? FakePort.baseline().startups().behaviour() : null;
    var behaviour = beh != null ? beh : FakePort.baseline().incumbents().behaviour();
    FirmAgent f = new FirmAgent(id, startup, config(20), behaviour, finance, w);
    w.register(f);
    w.ledger().inject("founders", id, 20);
    return f;
  }

  @Test
  void aStartupOutOfCash_decidesToExit_andTheEngineHandsItsChipsToTheSecondaryMarket() {
    World w = new FakePort().world();
    SecondaryMarketAgent used = new SecondaryMarketAgent(0.5);
    w.register(used);
    FirmAgent s = firm(w, "s", true, new StartupFinance(6));
    assertFalse(s.exitDue(w), "20 USD M of cash against a burn of 1 a month");
    w.ledger().spend("s", "test", w.ledger().balance("s"));
    assertTrue(s.exitDue(w), "no cash left");
    assertTrue(s.active(), "deciding changes nothing");

    w.exit(s);
    assertFalse(s.active());
    assertEquals(10, used.getInventoryUnits(), "every chip goes to the secondary market");
    assertEquals(1, w.stats().get(Metrics.BANKRUPTCIES));
    var events = w.events().all().stream().filter(e -> e.type().equals(EventTypes.BANKRUPTCY));
    assertEquals(1, events.filter(e -> e.counterparty().equals(used.id())).count());
  }

  @Test
  void anIncumbent_neverExits() {
    World w = new FakePort().world();
    FirmAgent i = firm(w, "i", false, new IncumbentFinance());
    w.ledger().spend("i", "test", w.ledger().balance("i"));
    assertFalse(i.exitDue(w));
  }
}
