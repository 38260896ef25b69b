package blockade.agents.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServicesMarketTest {
  @Test
  void cheaperRival_pullsPriceDown_butNotBelowTheFloor() {
    double[] p = ServicesMarket.prices(new double[] {100, 60, 40}, 1.5, 0.8);
    assertEquals(80, p[0], 1e-9, "floor 0.8 × 100 binds against the rival's list 60");
    assertEquals(60, p[1], 1e-9, "matches the cheapest rival list 40 × 1.5 = 60");
    assertEquals(60, p[2], 1e-9, "the cheapest lists at its markup (rivals are dearer)");
  }

  @Test
  void logitShares_favourCapabilityAndLowPrice() {
    double[] w =
        ServicesMarket.weights(new double[] {10, 9, Double.NaN}, new double[] {1, 1, 1}, 1.0, 1.5);
    assertEquals(1.0, w[0], 1e-12);
    assertEquals(Math.exp(-1), w[1], 1e-12);
    assertEquals(Math.exp(-2), w[2], 1e-12, "never trained counts as the worst minus one");
    double[] cheap = ServicesMarket.weights(new double[] {10, 10}, new double[] {2, 1}, 1.0, 1.5);
    assertEquals(Math.pow(2, -1.5), cheap[0] / cheap[1], 1e-12);
  }

  @Test
  void capacityCap_resharesTheExcess_andLeavesTheRestUnserved() {
    ServicesMarket.Allocation a =
        ServicesMarket.allocate(new double[] {1, 1, 2}, new double[] {10, 100, 100}, 100);
    assertEquals(10, a.revenue()[0], 1e-9, "capped at its capacity");
    assertEquals(30, a.revenue()[1], 1e-9, "excess 15 re-shared 1:2");
    assertEquals(60, a.revenue()[2], 1e-9);
    assertEquals(25, a.uncapped()[0], 1e-9);
    assertEquals(0, a.unserved(), 1e-9);
    ServicesMarket.Allocation full =
        ServicesMarket.allocate(new double[] {1, 1}, new double[] {10, 20}, 100);
    assertEquals(30, full.revenue()[0] + full.revenue()[1], 1e-9);
    assertEquals(70, full.unserved(), 1e-9, "what no one can serve is left unserved");
  }

  @Test
  void trainingShare_isKeptFromServing() {
    var split = ServeTrainRule.split(java.util.List.of(new double[] {100, 100}), 1000, 0, 0.4);
    assertEquals(60, split.served(), 1e-9);
    assertEquals(40, split.training(), 1e-9);
    assertTrue(
        ServeTrainRule.split(java.util.List.of(new double[] {100, 100}), 10, 0, 0.4).training()
            > 89);
  }
}
