package blockade.agents.firm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a home fleet between serving and training by comparative advantage (DESIGN §2.2.7):
 * serving demand is met first with the chips that are relatively best at inference (highest
 * inference/training ratio, e.g. an H20), up to what the firm's training share leaves, and
 * everything not needed for serving trains.
 */
public final class ServeTrainRule {
  private ServeTrainRule() {}

  /** Effective serving and training compute of the split, H100e. */
  public record Split(double served, double training) {}

  /**
   * @param fleet per group of chips: {effective training H100e, effective inference H100e}
   * @param inferDemand serving compute wanted, H100e
   * @param trainingSoFar training compute from elsewhere (offshore) the result adds to
   */
  public static Split split(List<double[]> fleet, double inferDemand, double trainingSoFar) {
    return split(fleet, inferDemand, trainingSoFar, 0);
  }

  /**
   * As {@link #split(List, double, double)}, with a training share serving cannot take: serving
   * uses at most (1 − trainingShare) of the fleet's inference throughput.
   */
  public static Split split(
      List<double[]> fleet, double inferDemand, double trainingSoFar, double trainingShare) {
    double inferCap = 0;
    for (double[] c : fleet) {
      inferCap += c[1];
    }
    inferDemand = Math.min(inferDemand, (1 - trainingShare) * inferCap);
    List<double[]> byAdvantage = new ArrayList<>(fleet);
    byAdvantage.sort(
        (a, b) -> Double.compare(b[1] / Math.max(1e-12, b[0]), a[1] / Math.max(1e-12, a[0])));
    double need = inferDemand;
    double served = 0;
    double training = trainingSoFar;
    for (double[] c : byAdvantage) {
      if (need > 1e-12 && c[1] > 0) {
        double useShare = Math.min(1, need / c[1]);
        served += c[1] * useShare;
        need -= c[1] * useShare;
        training += c[0] * (1 - useShare);
      } else {
        training += c[0];
      }
    }
    return new Split(served, training);
  }
}
