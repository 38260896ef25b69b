package blockade.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PriceAdjustRuleTest {
  private static final double EPS = 1e-12;

  @Test
  void next_balancedMarket_keepsPrice() {
    assertEquals(100, PriceAdjustRule.next(100, 50, 50, 0.5, 0.1, 0), EPS);
  }

  @Test
  void next_smallExcessDemand_raisesPriceProportionally() {
    // excess (110 − 100)/100 = 0.1, step 0.5 × 0.1 = 0.05
    assertEquals(105, PriceAdjustRule.next(100, 110, 100, 0.5, 0.1, 0), EPS);
  }

  @Test
  void next_largeExcessDemand_isCappedAtMaxStep() {
    assertEquals(110, PriceAdjustRule.next(100, 1000, 100, 0.5, 0.1, 0), EPS);
  }

  @Test
  void next_excessSupply_lowersPriceButNotBelowFloor() {
    assertEquals(90, PriceAdjustRule.next(100, 0, 100, 0.5, 0.1, 0), EPS);
    assertEquals(95, PriceAdjustRule.next(100, 0, 100, 0.5, 0.1, 95), EPS);
  }

  @Test
  void next_noSupply_measuresExcessOverOneUnit() {
    // excess (0.02 − 0)/max(0, 1) = 0.02, step 1 × 0.02
    assertEquals(102, PriceAdjustRule.next(100, 0.02, 0, 1, 0.1, 0), EPS);
  }

  @Test
  void next_zeroSensitivity_keepsPrice() {
    assertEquals(100, PriceAdjustRule.next(100, 1e6, 1, 0, 0.1, 0), EPS);
  }

  @Test
  void next_invalidInputs_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> PriceAdjustRule.next(-1, 1, 1, 1, 0.1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> PriceAdjustRule.next(1, Double.NaN, 1, 1, 0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> PriceAdjustRule.next(1, 1, 1, 1, 1.5, 0));
    assertThrows(IllegalArgumentException.class, () -> PriceAdjustRule.next(1, 1, 1, -1, 0.1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> PriceAdjustRule.next(1, 1, 1, 1, 0.1, Double.POSITIVE_INFINITY));
  }
}
