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

  @Test
  void ampleCapacity_costPlusPrices_spendOnTheDemandCurve() {
    // two sellers at cost-plus 100 and 80 (the dearer pulled to the rival's list), plenty of
    // capacity
    double[] price = ServicesMarket.prices(new double[] {100, 53.3334}, 1.5, 0.8);
    double[] w = ServicesMarket.weights(new double[] {10, 10}, price, 1.0, 1.5);
    ServicesMarket.Clearing c =
        ServicesMarket.clear(w, price, new double[] {1e9, 1e9}, 100, 100, 1.2, 10);
    assertEquals(1, c.scarcity(), 0, "no scarcity markup when capacity is ample");
    assertEquals(0, c.unserved(), 1e-9);
    double index = ServicesMarket.priceIndex(w, price);
    assertTrue(index < 100, "the price war pulls the index below the reference");
    assertEquals(100 * Math.pow(index / 100, 1 - 1.2), c.spend(), 1e-9);
    assertTrue(c.spend() > 100, "elastic demand: lower prices, more spend");
    assertEquals(c.spend(), c.revenue(0) + c.revenue(1), 1e-9, "all spend is served");
    assertEquals(80, price[0], 1e-3, "the floor 0.8 × 100 holds in the price war");
  }

  @Test
  void scarceCapacity_pricesRiseAboveCostPlus_andQuantityIsCapacity() {
    double[] price = {100, 100};
    double[] w = {1, 1};
    double[] capacity = {1e5, 1e5}; // worth 10 + 10 USD M at cost-plus against spend 100
    ServicesMarket.Clearing c = ServicesMarket.clear(w, price, capacity, 100, 100, 1.2, 10);
    assertEquals(Math.pow(100 / 20.0, 1 / 1.2), c.scarcity(), 1e-9, "demand meets capacity");
    assertTrue(c.scarcity() > 1, "price above cost-plus");
    assertEquals(10, c.atCostPlus()[0], 1e-9, "each serves exactly its capacity");
    assertEquals(80, c.unserved(), 1e-9, "spend at cost-plus beyond capacity");
    double revenue = c.revenue(0) + c.revenue(1);
    assertTrue(revenue > 20 && revenue < 100, "between capacity at cost and the market");
    // elastic demand: less capacity, less revenue; inelastic: more
    ServicesMarket.Clearing less =
        ServicesMarket.clear(w, price, new double[] {5e4, 5e4}, 100, 100, 1.2, 10);
    assertTrue(less.revenue(0) + less.revenue(1) < revenue);
    ServicesMarket.Clearing inelastic =
        ServicesMarket.clear(w, price, new double[] {4e5, 4e5}, 100, 100, 0.8, 10);
    ServicesMarket.Clearing inelasticLess =
        ServicesMarket.clear(w, price, new double[] {2e5, 2e5}, 100, 100, 0.8, 10);
    assertTrue(
        inelasticLess.revenue(0) + inelasticLess.revenue(1)
            > inelastic.revenue(0) + inelastic.revenue(1));
  }

  @Test
  void scarceRevenue_doesNotRiseWithServingCost() {
    // a costlier seller with the same capacity: the scarcity price does not depend on cost
    double[] cap = {1e5};
    ServicesMarket.Clearing cheap =
        ServicesMarket.clear(new double[] {1}, new double[] {100}, cap, 100, 100, 1.2, 10);
    ServicesMarket.Clearing dear =
        ServicesMarket.clear(new double[] {1}, new double[] {200}, cap, 100, 100, 1.2, 10);
    assertEquals(cheap.revenue(0), dear.revenue(0), 1e-9);
  }

  @Test
  void scarcityPrice_stopsAtTheCeiling() {
    ServicesMarket.Clearing c =
        ServicesMarket.clear(
            new double[] {1}, new double[] {100}, new double[] {1}, 100, 100, 0.5, 10);
    assertEquals(10, c.scarcity(), 1e-9, "10 × the reference price at most");
    assertEquals(1, ServicesMarket.scarcity(50, 100, 1.2, 10), 0);
    assertEquals(10, ServicesMarket.scarcity(200, 100, 0, 10), 0, "no response to price: ceiling");
  }

  @Test
  void noReferencePrice_spendsTheMarketPath() {
    assertEquals(70, ServicesMarket.spend(70, 3, 0, 1.2), 0);
    assertEquals(70 * Math.pow(0.5, -0.2), ServicesMarket.spend(70, 1, 2, 1.2), 1e-9);
  }
}
