package blockade.agents.firm;

import java.util.ArrayList;
import java.util.List;

/**
 * What a firm's compute did this month, by use and by the origin of the chips (for the {@code
 * compute_training_h100e*} and {@code compute_serving_h100e*} metrics), effective H100e. Serving is
 * attributed to home chips in the order of comparative advantage the spec gives (DESIGN §2.2.7: the
 * highest inference/training ratio serves first, as {@link ServeTrainRule} does); what each chip
 * group has left trains, offshore chips only train, and the firm's own training (after sales on the
 * exchange and migration losses) is spread over those leftovers in proportion. Compute rented on
 * the exchange trains too, on the seller's chips: it is kept apart.
 *
 * @param trainDomestic own training on domestic chips
 * @param trainUs own training on US chips (home and offshore)
 * @param trainOffshore own training in offshore sites (of which; also in the two above)
 * @param trainRented training on compute rented on the exchange
 * @param serveDomestic serving on domestic chips
 * @param serveUs serving on US chips (serving is at home only)
 */
public record ComputeUse(
    double trainDomestic,
    double trainUs,
    double trainOffshore,
    double trainRented,
    double serveDomestic,
    double serveUs)
    implements java.io.Serializable {

  public static final ComputeUse NONE = new ComputeUse(0, 0, 0, 0, 0, 0);

  /** Training compute in all, H100e. */
  public double training() {
    return trainDomestic + trainUs + trainRented;
  }

  /** Serving compute in all, H100e. */
  public double serving() {
    return serveDomestic + serveUs;
  }

  /**
   * @param served effective serving compute delivered this month, H100e
   * @param ownTraining effective training on the firm's own chips this month, H100e
   * @param rented compute rented in on the exchange, H100e
   */
  static ComputeUse attribute(CapacityView view, double served, double ownTraining, double rented) {
    List<CapacityView.Line> home = new ArrayList<>();
    for (CapacityView.Line l : view.lines()) {
      if (l.location() == blockade.core.market.Location.DOMESTIC) {
        home.add(l);
      }
    }
    home.sort(
        (a, b) ->
            Double.compare(
                b.infer() / Math.max(1e-12, b.train()), a.infer() / Math.max(1e-12, a.train())));
    double need = served;
    double serveDom = 0;
    double serveUs = 0;
    double leftDom = 0;
    double leftUs = 0;
    double leftOff = 0;
    for (CapacityView.Line l : home) {
      double use = need > 1e-12 && l.infer() > 0 ? Math.min(1, need / l.infer()) : 0;
      need -= l.infer() * use;
      if (l.sku().isUs()) {
        serveUs += l.infer() * use;
        leftUs += l.train() * (1 - use);
      } else {
        serveDom += l.infer() * use;
        leftDom += l.train() * (1 - use);
      }
    }
    for (CapacityView.Line l : view.lines()) {
      if (l.location() != blockade.core.market.Location.DOMESTIC && l.usable()) {
        leftOff += l.train();
        if (l.sku().isUs()) {
          leftUs += l.train();
        } else {
          leftDom += l.train();
        }
      }
    }
    double left = leftDom + leftUs;
    double f = left > 0 ? ownTraining / left : 0;
    return new ComputeUse(leftDom * f, leftUs * f, leftOff * f, rented, serveDom, serveUs);
  }
}
