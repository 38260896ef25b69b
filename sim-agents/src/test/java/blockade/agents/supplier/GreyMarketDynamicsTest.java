package blockade.agents.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.policy.ExportRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Smuggling as a business: the premium clears the market, capacity follows the margin. */
class GreyMarketDynamicsTest {
  private static GreyMarketConfig business() {
    return new GreyMarketConfig(
        true, 0.5, 1000, 0, 0, 0.2, 0.5, 0.15, 0.6, 0.25, null, 3, 100, 0.5, 0.25, 0.1, 3, "");
  }

  private static ExportRule ban(double enforcement) {
    return ExportRule.builder("ban")
        .announced(0)
        .effective(0)
        .bans(Set.of("H100"))
        .enforcement(enforcement)
        .build();
  }

  private static void month(GreyMarketAgent grey, FakePort port, long ordered) {
    if (ordered > 0) {
      port.account("a", 1e9);
      grey.fill(
          List.of(
              new ChipOrder(
                  "a", "a", "H100", "grey-market", ordered, Location.DOMESTIC, false, "")),
          port);
    }
    grey.adapt(port);
    port.tick++;
  }

  @Test
  void excessDemand_raisesThePremium_andThenCapacity() {
    FakePort port = new FakePort(ban(0));
    GreyMarketAgent grey = new GreyMarketAgent("grey-market", business(), port);
    double p0 = grey.getPremiumShare();
    month(grey, port, 5000);
    assertTrue(grey.getPremiumShare() > p0, "orders 5× capacity raise the premium");
    for (int i = 0; i < 12; i++) {
      month(grey, port, 5000);
    }
    assertTrue(
        grey.getCapacityUnitsPerMonth() > 2000,
        "a year of high margins more than doubles capacity: " + grey.getCapacityUnitsPerMonth());
    assertTrue(grey.getPremiumShare() <= 3, "the premium stays within its bound");
  }

  @Test
  void aGlut_lowersThePremium_andCapacityShrinks_toItsFloor() {
    FakePort port = new FakePort(ban(0));
    GreyMarketAgent grey = new GreyMarketAgent("grey-market", business(), port);
    for (int i = 0; i < 36; i++) {
      month(grey, port, 0);
    }
    assertEquals(0.1, grey.getPremiumShare(), 1e-9, "no buyers: the premium falls to its floor");
    assertEquals(100, grey.getCapacityUnitsPerMonth(), 1e-9, "capacity falls to its floor");
  }

  @Test
  void capacityBuiltUp_fallsNoFasterThanItsDeclineCap_andRegrowsAtTheGrowthCap() {
    GreyMarketConfig sticky =
        new GreyMarketConfig(
            true, 0.5, 1000, 0, 0, 0.2, 0.5, 0.15, 0.6, 0.25, 0.05, 3, 100, 0.5, 0.25, 0.1, 3, "");
    FakePort port = new FakePort(ban(0));
    GreyMarketAgent grey = new GreyMarketAgent("grey-market", sticky, port);
    FakePort plainPort = new FakePort(ban(0));
    GreyMarketAgent plain = new GreyMarketAgent("grey-market", business(), plainPort);
    double before = grey.getCapacityUnitsPerMonth();
    for (int i = 0; i < 12; i++) {
      double k = grey.getCapacityUnitsPerMonth();
      month(grey, port, 0);
      month(plain, plainPort, 0);
      assertTrue(
          grey.getCapacityUnitsPerMonth() >= k * 0.95 - 1e-9,
          "month " + i + ": idle routes shrink by at most 5 % a month");
    }
    assertTrue(grey.getCapacityUnitsPerMonth() < before, "a glut still shrinks it");
    assertTrue(
        grey.getCapacityUnitsPerMonth() > 2 * plain.getCapacityUnitsPerMonth(),
        "after a year of glut, sticky routes keep more than twice the capacity of symmetric ones");
  }

  @Test
  void enforcement_shrinksCapacity_atTheSameDemand() {
    FakePort lax = new FakePort(ban(0));
    FakePort strict = new FakePort(ban(1));
    GreyMarketAgent a = new GreyMarketAgent("grey-market", business(), lax);
    GreyMarketAgent b = new GreyMarketAgent("grey-market", business(), strict);
    for (int i = 0; i < 6; i++) {
      month(a, lax, 1000);
      month(b, strict, 1000);
    }
    assertTrue(
        b.getCapacityUnitsPerMonth() < a.getCapacityUnitsPerMonth(),
        "enforcement costs cut the margin, so capacity grows less");
  }

  @Test
  void nothingMoves_whileNothingIsBanned() {
    FakePort port = new FakePort();
    GreyMarketAgent grey = new GreyMarketAgent("grey-market", business(), port);
    month(grey, port, 0);
    assertEquals(0.5, grey.getPremiumShare(), 1e-12);
    assertEquals(1000, grey.getCapacityUnitsPerMonth(), 1e-12);
  }
}
