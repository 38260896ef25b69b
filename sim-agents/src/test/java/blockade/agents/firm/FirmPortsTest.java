package blockade.agents.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.core.engine.ChipSupplier;
import blockade.core.engine.Phase;
import blockade.core.engine.SupplierPort;
import blockade.core.market.Acceptance;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An AI firm against a fake buyer's port (no scenario, no engine): it sees the channels' quotes
 * only through the port, orders what its budget allows, and books nothing itself.
 */
class FirmPortsTest {
  /** A channel that quotes fixed SKUs at list price, at home, and records who asked. */
  private static final class ListPriceChannel implements ChipSupplier {
    final String id;
    final List<Sku> skus;
    final List<String> askedBy = new ArrayList<>();

    ListPriceChannel(String id, Sku... skus) {
      this.id = id;
      this.skus = List.of(skus);
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public List<Quote> quotes(String buyer, Location location, SupplierPort port) {
      askedBy.add(buyer + "@" + location);
      List<Quote> out = new ArrayList<>();
      if (location == Location.DOMESTIC) {
        for (Sku s : skus) {
          out.add(new Quote(id, s, location, s.priceUsd(), 1, 1, 0, false));
        }
      }
      return out;
    }

    @Override
    public List<Acceptance> fill(List<ChipOrder> orders, SupplierPort port) {
      throw new AssertionError("the firm never fills; the engine settles");
    }
  }

  private static FirmAgent startup(FakePort port, String id, double cashUsdM, boolean stateLinked) {
    port.account(id, cashUsdM);
    FirmConfig cfg =
        new FirmConfig(
            cashUsdM, Map.of(), 0, 0, null, 1, Map.of(), 0, stateLinked, false, 1.0, "", 0, "");
    return new FirmAgent(
        id, true, cfg, FakePort.baseline().startups().behaviour(), new StartupFinance(6), port);
  }

  private static long unitsOrdered(FakePort port, String channel, String sku) {
    return port.chipMarket.ordersFor(channel).stream()
        .filter(o -> o.sku().equals(sku))
        .mapToLong(ChipOrder::units)
        .sum();
  }

  @Test
  void aStartupWithCash_ordersFromTheQuotesItsPortShows_andPaysNothingBeforeSettlement() {
    FakePort port = new FakePort();
    ListPriceChannel us = new ListPriceChannel("nvidia-like", FakePort.H100);
    port.agents.put(us.id(), us);
    FirmAgent firm = startup(port, "s", 100, false);

    firm.act(Phase.DECIDE, port);

    assertEquals(List.of("s@DOMESTIC"), us.askedBy, "it asks for home delivery only (no site)");
    long units = unitsOrdered(port, "nvidia-like", "H100");
    assertTrue(units > 0, "a startup with 100 USD m and no chips buys some");
    assertTrue(
        units * FakePort.H100.priceUsd() / 1e6 <= 100 + 1e-9,
        "never more than its cash: " + units + " units");
    assertEquals(100, port.ledger.balance("s"), 1e-9, "the engine moves the money, not the firm");
    assertTrue(
        port.chipMarket.ordersFor("nvidia-like").stream().allMatch(o -> o.buyer().equals("s")));
  }

  @Test
  void aStateLinkedFirm_obeysTheGuidanceItsPortCarries_andBuysNoForbiddenSku() {
    FakePort port = new FakePort();
    ListPriceChannel us = new ListPriceChannel("nvidia-like", FakePort.H100);
    ListPriceChannel dom = new ListPriceChannel("huawei-like", FakePort.ASCEND);
    port.agents.put(us.id(), us);
    port.agents.put(dom.id(), dom);
    port.chinaPolicy.forbid(Set.of("H100"));
    FirmAgent linked = startup(port, "linked", 100, true);
    FirmAgent free = startup(port, "free", 100, false);

    linked.act(Phase.DECIDE, port);
    long linkedH100 =
        port.chipMarket.ordersFor("nvidia-like").stream()
            .filter(o -> o.buyer().equals("linked"))
            .count();
    free.act(Phase.DECIDE, port);
    long freeH100 =
        port.chipMarket.ordersFor("nvidia-like").stream()
            .filter(o -> o.buyer().equals("free"))
            .count();

    assertEquals(0, linkedH100, "the guidance binds a state-linked firm");
    assertTrue(
        port.chipMarket.ordersFor("huawei-like").stream().anyMatch(o -> o.buyer().equals("linked")),
        "it buys the domestic part instead");
    assertTrue(freeH100 > 0, "a firm the guidance does not cover still buys the US part");
  }

  @Test
  void aFirmSeesNoChannelWithoutQuotes() {
    FakePort port = new FakePort();
    FirmAgent firm = startup(port, "s", 100, false);
    firm.act(Phase.DECIDE, port);
    assertFalse(port.chipMarket.ordersFor("nvidia-like").stream().findAny().isPresent());
    assertEquals(100, port.ledger.balance("s"), 1e-9);
  }
}
