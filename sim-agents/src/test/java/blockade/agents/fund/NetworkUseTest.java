package blockade.agents.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import blockade.core.engine.FirmView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What buyers can use of the national network: their domestic-stack unmet training. */
class NetworkUseTest {
  /** Domestic-chip efficiency rising linearly from 0.25 (CUDA-first) to 0.9 (native). */
  private static double eff(double fs) {
    return 0.25 + 0.65 * fs;
  }

  @Test
  void onlyTheDomesticStackShareOfUnmetTrainingCanMove() {
    NetworkUse use =
        NetworkUse.of(
            List.of(firm(0.1, 1000, 5000), firm(0.8, 200, 200)), NetworkUseTest::eff, 0.5);
    assertEquals(0.1 * 1000 + 0.8 * 200, use.demandH100e(), 1e-9, "serving unmet does not count");
  }

  @Test
  void buyersEfficiencyIsWeightedByWhatTheyCanMove() {
    NetworkUse use =
        NetworkUse.of(List.of(firm(0.1, 1000, 0), firm(0.8, 200, 0)), NetworkUseTest::eff, 0.5);
    double expected = (100 * eff(0.1) + 160 * eff(0.8)) / 260;
    assertEquals(expected, use.efficiency(), 1e-12);
  }

  @Test
  void cudaOnlyBuyersCannotUseIt_andTheFallbackEfficiencyHolds() {
    NetworkUse use = NetworkUse.of(List.of(firm(0, 1e6, 0)), NetworkUseTest::eff, 0.57);
    assertEquals(0, use.demandH100e());
    assertEquals(0.57, use.efficiency());
  }

  private static FirmView firm(double frameworkShare, double unmetTraining, double unmetServing) {
    return new FirmView() {
      @Override
      public String id() {
        return "f";
      }

      @Override
      public boolean isStartup() {
        return false;
      }

      @Override
      public double demandH100e() {
        return unmetTraining + unmetServing;
      }

      @Override
      public double unmetH100e() {
        return unmetTraining + unmetServing;
      }

      @Override
      public double unmetTrainingH100e() {
        return unmetTraining;
      }

      @Override
      public double frameworkShare() {
        return frameworkShare;
      }

      @Override
      public double capability() {
        return 0;
      }

      @Override
      public boolean entityListed() {
        return false;
      }

      @Override
      public double migrationLossMonths() {
        return 0;
      }

      @Override
      public double aiRevenueUsdM() {
        return 0;
      }

      @Override
      public double fleetH100e() {
        return 0;
      }

      @Override
      public int offshoreSites() {
        return 0;
      }
    };
  }
}
