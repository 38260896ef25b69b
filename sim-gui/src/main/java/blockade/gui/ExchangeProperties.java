package blockade.gui;

import blockade.core.engine.BlockadeModel;
import blockade.core.observe.Metrics;
import blockade.core.record.MetricsRecorder;

/** What the inspector shows of the compute exchange node: this month's price and volume. */
public final class ExchangeProperties {
  private final java.util.function.Supplier<BlockadeModel> model;

  ExchangeProperties(java.util.function.Supplier<BlockadeModel> model) {
    this.model = model;
  }

  /** Clearing price, USD per H100e-month. */
  public double getPriceUsdPerH100eMonth() {
    return last(Metrics.EXCHANGE_PRICE);
  }

  /** Compute traded this month, H100e. */
  public double getVolumeH100e() {
    return last(Metrics.EXCHANGE_VOLUME);
  }

  /** Bids left unfilled this month, H100e. */
  public double getUnmetBidH100e() {
    return last(Metrics.EXCHANGE_UNMET);
  }

  private double last(String column) {
    BlockadeModel m = model.get();
    MetricsRecorder r = m.observer(MetricsRecorder.class);
    if (r == null || m.ticksDone() == 0) {
      return 0;
    }
    var t = r.table();
    return t.ticks() == 0 ? 0 : t.get(t.ticks() - 1, column);
  }
}
