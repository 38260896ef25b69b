package blockade.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.firm.StartupFinance;
import blockade.agents.supplier.SecondaryMarketAgent;
import blockade.core.engine.World;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exits: the failure is decided by a pure predicate ({@link StartupFinance#insolvent}); the market
 * side is carried out by the engine ({@link World#cancelOrdersFor}): the leaver's pending shipments
 * are dropped without payment and go back to their supplier.
 */
class SettlementAndExitTest {
  @Test
  void insolvency_isAPurePredicateOnCashAndBurn() {
    assertTrue(StartupFinance.insolvent(4, 10));
    assertFalse(StartupFinance.insolvent(5, 10));
    assertFalse(StartupFinance.insolvent(0, 0), "no burn, no failure");
  }

  @Test
  void engineCancelsTheLeaversPendingOrders_andTheSupplierGetsTheChipsBack() {
    World w = new FakePort().world();
    SecondaryMarketAgent used = new SecondaryMarketAgent(0.5);
    w.register(used);
    used.take("someone", Map.of(FakePort.H100, 10L), w);
    ChipOrder o =
        new ChipOrder(
            "startup-x",
            "startup-x",
            "H100",
            SecondaryMarketAgent.ID,
            10,
            Location.DOMESTIC,
            false,
            "procure");
    var accepted = used.fill(java.util.List.of(o), w);
    w.chipMarket().book(accepted.get(0), w.tick() + 1); // booked for next month: still pending now
    assertEquals(0, used.getInventoryUnits());
    assertEquals(1, w.chipMarket().pendingFor("startup-x").size());

    w.cancelOrdersFor("startup-x");

    assertEquals(0, w.chipMarket().pendingFor("startup-x").size());
    assertEquals(0, w.chipMarket().committedUsdM("startup-x"));
    assertEquals(
        10,
        used.getInventoryUnits(),
        "the cancelled units are back in the secondary market's stock");
    assertEquals(0, w.ledger().balance(SecondaryMarketAgent.ID), "nothing was paid");
  }
}
