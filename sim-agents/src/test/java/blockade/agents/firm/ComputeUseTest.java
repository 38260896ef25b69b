package blockade.agents.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import blockade.core.market.Location;
import blockade.core.market.Origin;
import blockade.core.market.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compute by use and origin: serving by comparative advantage, training spread over what is left.
 */
class ComputeUseTest {
  private static final Sku H20 =
      new Sku(
          "h20",
          "nvidia-like",
          Origin.US,
          0.15,
          0.65,
          12500,
          0.4,
          0,
          Integer.MAX_VALUE,
          60,
          1,
          1,
          6);
  private static final Sku ASCEND =
      new Sku(
          "910b",
          "huawei-like",
          Origin.DOMESTIC,
          0.32,
          0.3,
          17000,
          0.4,
          0,
          Integer.MAX_VALUE,
          60,
          1,
          1,
          4);
  private static final Sku H800 =
      new Sku(
          "h800", "nvidia-like", Origin.US, 1, 1, 40000, 0.7, 0, Integer.MAX_VALUE, 60, 2, 1, 5);

  @Test
  void servingTakesTheInferenceStrongChipsFirst_trainingSpreadsOverTheRest_offshoreOnlyTrains() {
    CapacityView view =
        CapacityView.of(
            List.of(
                new Cohort(ASCEND, Location.DOMESTIC, 0, 1000),
                new Cohort(H20, Location.DOMESTIC, 0, 1000),
                new Cohort(H800, Location.OFFSHORE, 0, 100)),
            0.5,
            true);
    // domestic: train 160, infer 150; h20: train 150, infer 650; offshore h800: train 100
    ComputeUse u =
        ComputeUse.attribute(
            view, 800, 100 * 0.5, 40); // what is left to train (100) at half productivity
    assertEquals(650, u.serveUs(), 1e-9); // the H20s serve first (ratio 4.3 vs 0.94)
    assertEquals(
        150,
        u.serveDomestic(),
        1e-9); // and all of the Ascends' inference: nothing left to train there
    assertEquals(0, u.trainDomestic(), 1e-9);
    assertEquals(50, u.trainUs(), 1e-9); // the offshore H800s' 100, at half productivity
    assertEquals(50, u.trainOffshore(), 1e-9);
    assertEquals(90, u.training(), 1e-9); // with 40 rented
    assertEquals(800, u.serving(), 1e-9);
  }
}
