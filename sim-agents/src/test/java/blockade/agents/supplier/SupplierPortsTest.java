package blockade.agents.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.core.market.Acceptance;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Shipment;
import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.policy.ExportRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each chip channel against a fake {@code SupplierPort} (no world, no scenario run): what it
 * accepts is returned as {@link Acceptance} records, which the engine would book and settle.
 */
class SupplierPortsTest {
  private static ChipOrder order(String buyer, String sku, String channel, long units) {
    return new ChipOrder(buyer, buyer, sku, channel, units, Location.DOMESTIC, false, "procure");
  }

  private static final ExportRule BAN_H100 =
      ExportRule.builder("oct-2022").announced(0).effective(0).bans(Set.of("H100")).build();

  @Test
  void usSupplier_refusesABannedSku_andAcceptsACompliantOne_withItsLeadTime() {
    FakePort port = new FakePort(BAN_H100);
    UsSupplierAgent nvidia =
        new UsSupplierAgent("nvidia-like", new UsSupplierConfig(2, 1, 1, 0, ""));
    List<String> quoted =
        nvidia.quotes("firm", Location.DOMESTIC, port).stream().map(q -> q.sku().name()).toList();
    assertEquals(List.of("H20"), quoted, "a banned SKU is not offered");

    ChipOrder banned = order("firm", "H100", "nvidia-like", 10);
    ChipOrder compliant = order("firm", "H20", "nvidia-like", 10);
    List<Acceptance> out = nvidia.fill(List.of(banned, compliant), port);
    assertEquals(
        List.of(Acceptance.rejected(banned), Acceptance.of(compliant, 10, 12_000, 2)), out);
    assertEquals(10, port.stats.get(Metrics.PURCHASES_US));
  }

  @Test
  void usSupplier_refusesAListedBuyer_andCountsCancelledAndDeliveredSales() {
    ExportRule listing =
        ExportRule.builder("list").announced(0).effective(0).lists(Set.of("firm")).build();
    FakePort port = new FakePort(listing);
    UsSupplierAgent nvidia =
        new UsSupplierAgent("nvidia-like", new UsSupplierConfig(2, 1, 1, 0, ""));
    ChipOrder o = order("firm", "H20", "nvidia-like", 10);
    assertTrue(nvidia.fill(List.of(o), port).get(0).isRejected());
    nvidia.delivered(new Shipment(o, 10, 0, 12_000, 0), port);
    nvidia.cancelled(new Shipment(o, 5, 0, 12_000, 0), port);
    assertEquals(0.12, nvidia.getChinaRevenueTotalUsdM(), 1e-12);
    assertEquals(0.06, nvidia.getCancelledOrdersUsdM(), 1e-12);
  }

  @Test
  void domesticSupplier_allocatesProRata_whenOrdersExceedOutput() {
    FakePort port = new FakePort();
    DomesticSupplierAgent huawei =
        new DomesticSupplierAgent(
            "huawei-like", FakePort.baseline().domesticSuppliers().get("huawei-like"));
    double capacity = huawei.goodDies() / FakePort.ASCEND.diesPerChip();
    long big = (long) (capacity * 10);
    ChipOrder a = order("a", "ascend", "huawei-like", 3 * big);
    ChipOrder b = order("b", "ascend", "huawei-like", big);
    List<Acceptance> out = huawei.fill(List.of(a, b), port);
    long ga = out.get(0).units();
    long gb = out.get(1).units();
    assertTrue(
        ga + gb <= Math.floor(capacity) + 1 && ga + gb >= Math.floor(capacity) - 2,
        ga + gb + " vs " + capacity);
    assertEquals(3.0, ga / (double) gb, 0.01, "pro rata to the orders");
    assertEquals(0, out.get(0).leadTimeMonths(), "domestic chips ship the month they are accepted");
    assertEquals(1, port.events(EventTypes.CAPACITY_BOUND).size());
  }

  @Test
  void domesticSupplier_fillsEveryOrder_whenOutputSuffices() {
    FakePort port = new FakePort();
    DomesticSupplierAgent huawei =
        new DomesticSupplierAgent(
            "huawei-like", FakePort.baseline().domesticSuppliers().get("huawei-like"));
    ChipOrder a = order("a", "ascend", "huawei-like", 100);
    assertEquals(List.of(Acceptance.of(a, 100, 10_000, 0)), huawei.fill(List.of(a), port));
    assertEquals(List.of(), port.events(EventTypes.CAPACITY_BOUND));
  }

  @Test
  void greyMarket_rationsProRata_andShipsNextMonth_atAPremium() {
    FakePort port = new FakePort(BAN_H100).account("a", 1000).account("b", 1000);
    GreyMarketAgent grey =
        new GreyMarketAgent("grey-market", GreyMarketConfig.fixed(0.5, 100, 0, 0), port);
    List<Quote> q = grey.quotes("a", Location.DOMESTIC, port);
    assertEquals(
        List.of("H100"),
        q.stream().map(x -> x.sku().name()).toList(),
        "only banned US chips are smuggled");
    ChipOrder a = order("a", "H100", "grey-market", 150);
    ChipOrder b = order("b", "H100", "grey-market", 50);
    List<Acceptance> out = grey.fill(List.of(a, b), port);
    assertEquals(List.of(Acceptance.of(a, 75, 37_500, 1), Acceptance.of(b, 25, 37_500, 1)), out);
  }

  @Test
  void greyMarket_reportsSeizedChipsAsLost_andLeavesThePaymentToTheSettlement() {
    FakePort port = new FakePort(BAN_H100).account("a", 1000);
    GreyMarketAgent grey =
        new GreyMarketAgent("grey-market", GreyMarketConfig.fixed(0, 100, 1, 0), port);
    ChipOrder a = order("a", "H100", "grey-market", 40);
    Acceptance out = grey.fill(List.of(a), port).get(0);
    assertTrue(out.isRejected(), "every unit seized: nothing ships");
    assertEquals(40, out.lostUnits());
    assertEquals(25_000, out.unitPriceUsd(), 1e-9, "the lost units' price");
    assertEquals(1000, port.ledger.balance("a"), 1e-9, "the supplier moves no money itself");
    grey.lost(out, 40, port);
    assertEquals(40, grey.getUnitsSeized());
  }

  @Test
  void secondaryMarket_sellsItsStockProRata_atTheDiscount_andTakesBackCancellations() {
    FakePort port = new FakePort();
    SecondaryMarketAgent used = new SecondaryMarketAgent(0.5);
    used.take("failed-startup", Map.of(FakePort.H100, 10L), null);
    ChipOrder a = order("a", "H100", SecondaryMarketAgent.ID, 10);
    ChipOrder b = order("b", "H100", SecondaryMarketAgent.ID, 30);
    ChipOrder none = order("b", "H20", SecondaryMarketAgent.ID, 5);
    List<Acceptance> out = used.fill(List.of(a, b, none), port);
    assertEquals(10, out.get(0).units() + out.get(1).units());
    assertEquals(12_500, out.get(0).unitPriceUsd());
    assertTrue(out.get(2).isRejected(), "no stock of that SKU");
    assertEquals(0, used.getInventoryUnits());
    used.cancelled(new Shipment(a, out.get(0).units(), 0, 12_500, 0), port);
    assertEquals(out.get(0).units(), used.getInventoryUnits());
    assertFalse(used.newChips(), "resales are not counted as shipped again");
  }
}
