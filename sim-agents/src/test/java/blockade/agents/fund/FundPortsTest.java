package blockade.agents.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.agents.supplier.DomesticSupplierAgent;
import blockade.core.market.AuctionResult;
import blockade.core.market.Location;
import blockade.core.market.Side;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The state fund and the national computing network against a fake port. */
class FundPortsTest {
  @Test
  void stateFund_takesItsTranche_andPaysAChipMakerForCapacity() {
    FakePort port = new FakePort().account("big-fund", 0).account("huawei-like", 0);
    DomesticSupplierAgent huawei =
        new DomesticSupplierAgent(
            "huawei-like", FakePort.baseline().domesticSuppliers().get("huawei-like"));
    port.agents.put("huawei-like", huawei);
    StateFundAgent fund =
        new StateFundAgent(
            "big-fund",
            new FundConfig(
                120, YearMonth.of(2022, 10), 12, 0, 0, 1, 0, 0, 0, FundStrategy.PROVEN, 5, ""));
    port.tick = 0;
    fund.act(port);
    assertEquals(
        10,
        port.ledger.received("huawei-like", "capacity"),
        1e-9,
        "a twelfth of the budget, all to capacity");
    assertEquals(10, fund.disbursedUsdM(), 1e-9);
    assertEquals(
        10,
        port.ledger.balance("huawei-like"),
        1e-9,
        "a ledger fact the maker spends in its own step (PolicyChannelsTest), not a call into it");
  }

  @Test
  void stateFund_paysNothingBeforeItsStartMonth() {
    FakePort port = new FakePort().account("big-fund", 0);
    StateFundAgent fund =
        new StateFundAgent(
            "big-fund",
            new FundConfig(
                120, YearMonth.of(2024, 1), 12, 1, 0, 0, 0, 0, 0, FundStrategy.PROVEN, 5, ""));
    fund.act(port);
    assertEquals(0, port.ledger.balance("big-fund"));
    assertEquals(0, fund.disbursedUsdM());
  }

  @Test
  void computeNetwork_storesWhatArrives_andCountsCapacitySold() {
    FakePort port = new FakePort();
    ComputeNetworkAgent network =
        new ComputeNetworkAgent(new ComputeNetworkConfig(java.util.Map.of(), 0.5, 0, 0.5), null);
    long before = network.getInventoryUnits();
    network.receive(FakePort.ASCEND, 100, Location.DOMESTIC, null);
    assertEquals(before + 100, network.getInventoryUnits());
    network.onFill(new AuctionResult.Fill(ComputeNetworkAgent.ID, Side.ASK, 7, 0, 0, 0, 0));
    network.onFill(new AuctionResult.Fill(ComputeNetworkAgent.ID, Side.BID, 5, 0, 0, 0, 0));
    assertTrue(port.events.isEmpty());
  }
}
