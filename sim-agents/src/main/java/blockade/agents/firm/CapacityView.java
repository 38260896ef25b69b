package blockade.agents.firm;

import blockade.core.market.Location;
import blockade.core.market.Sku;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A firm's deployed chips as effective compute (units × per-chip throughput × the firm's software
 * efficiency), worked out once when the fleet is settled for a phase and read by every rule of that
 * phase: the capacity plan, the exchange desk, training and serving. The fleet changes between
 * DECIDE and OPERATE (deliveries, deployment, retirement, offshore sites coming on line), so the
 * firm makes one view in each of the two phases.
 *
 * <p>Every sum runs over the deployed cohorts in fleet order, with the products formed as {@code
 * (units × perf) × efficiency}, exactly as the firm's rules always computed them.
 */
final class CapacityView {
  /**
   * One deployed (SKU, location) group.
   *
   * @param usable false for offshore chips under a closed offshore rule
   * @param train effective training compute, H100e
   * @param infer effective inference compute, H100e
   */
  record Line(
      Sku sku,
      Location location,
      long units,
      double efficiency,
      boolean usable,
      double train,
      double infer) {}

  private final double domesticEfficiency;
  private final double domesticServingEfficiency;
  private final List<Line> lines;
  private final List<double[]> home;
  private final double offshoreTrain;
  private final double ownCapacity;
  private final double homeTrain;
  private final List<Cohort> deployed;
  private final boolean offshoreUsable;

  /**
   * @param deployed deployed chips by (SKU, location), in fleet order
   * @param domesticEfficiency the firm's software efficiency on domestic chips (US chips: 1)
   * @param offshoreUsable whether offshore chips may be used (the offshore rule is not closed)
   */
  static CapacityView of(List<Cohort> deployed, double domesticEfficiency, boolean offshoreUsable) {
    return new CapacityView(deployed, domesticEfficiency, domesticEfficiency, offshoreUsable);
  }

  /**
   * @param domesticEfficiency the firm's training efficiency on domestic chips (US chips: 1)
   * @param domesticServingEfficiency its serving efficiency on domestic chips
   */
  static CapacityView of(
      List<Cohort> deployed,
      double domesticEfficiency,
      double domesticServingEfficiency,
      boolean offshoreUsable) {
    return new CapacityView(
        deployed, domesticEfficiency, domesticServingEfficiency, offshoreUsable);
  }

  private CapacityView(
      List<Cohort> deployed,
      double domesticEfficiency,
      double domesticServingEfficiency,
      boolean offshoreUsable) {
    this.deployed = deployed;
    this.offshoreUsable = offshoreUsable;
    this.domesticEfficiency = domesticEfficiency;
    this.domesticServingEfficiency = domesticServingEfficiency;
    List<Line> all = new ArrayList<>(deployed.size());
    List<double[]> homePerf = new ArrayList<>();
    double offTrain = 0;
    double own = 0;
    double homeT = 0;
    for (Cohort c : deployed) {
      double e = efficiency(c.sku);
      double es = servingEfficiency(c.sku);
      boolean usable = c.location == Location.DOMESTIC || offshoreUsable;
      double train = c.units * c.sku.trainPerf() * e;
      double infer = c.units * c.sku.inferPerf() * es;
      all.add(new Line(c.sku, c.location, c.units, e, usable, train, infer));
      if (c.location == Location.OFFSHORE) {
        if (usable) {
          offTrain += train;
        }
      } else {
        homePerf.add(new double[] {train, infer});
        homeT += train;
      }
      if (usable) {
        own += Math.max(train, infer);
      }
    }
    this.lines = Collections.unmodifiableList(all);
    this.home = Collections.unmodifiableList(homePerf);
    this.offshoreTrain = offTrain;
    this.ownCapacity = own;
    this.homeTrain = homeT;
  }

  /**
   * Whether this view was made from exactly these inputs (the same deployed list, which a fleet
   * replaces rather than changes, and bit-equal efficiencies), so it can be used again.
   */
  boolean madeFrom(
      List<Cohort> deployed,
      double domesticEfficiency,
      double domesticServingEfficiency,
      boolean offshoreUsable) {
    return this.deployed == deployed
        && this.offshoreUsable == offshoreUsable
        && Double.doubleToRawLongBits(this.domesticEfficiency)
            == Double.doubleToRawLongBits(domesticEfficiency)
        && Double.doubleToRawLongBits(this.domesticServingEfficiency)
            == Double.doubleToRawLongBits(domesticServingEfficiency);
  }

  /**
   * Effective H100e of one unit of a SKU for this firm: 1 for US chips, else its domestic
   * efficiency.
   */
  double efficiency(Sku sku) {
    return sku.isUs() ? 1.0 : domesticEfficiency;
  }

  /**
   * Effective serving H100e of one unit of a SKU for this firm: 1 for US chips, else its domestic
   * serving efficiency.
   */
  double servingEfficiency(Sku sku) {
    return sku.isUs() ? 1.0 : domesticServingEfficiency;
  }

  /** {effective training, effective inference} of one unit count of a SKU, H100e. */
  double[] perf(Sku sku, long units) {
    return new double[] {
      units * sku.trainPerf() * efficiency(sku), units * sku.inferPerf() * servingEfficiency(sku)
    };
  }

  /** Effective inference compute of home chips, H100e. */
  double homeInfer() {
    double s = 0;
    for (double[] h : home) {
      s += h[1];
    }
    return s;
  }

  /** Every deployed group, in fleet order. */
  List<Line> lines() {
    return lines;
  }

  /**
   * {effective training, effective inference} of each home group, in fleet order (for {@link
   * ServeTrainRule}).
   */
  List<double[]> home() {
    return home;
  }

  /** Effective training compute of usable offshore chips (offshore chips only train), H100e. */
  double offshoreTrain() {
    return offshoreTrain;
  }

  /** Σ over usable chips of units × max(training, inference) throughput × efficiency, H100e. */
  double ownCapacity() {
    return ownCapacity;
  }

  /**
   * Effective training compute of home chips, H100e (the exchange reserve price is per H100e of
   * it).
   */
  double homeTrain() {
    return homeTrain;
  }
}
