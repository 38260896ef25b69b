package blockade.core.market;

import blockade.core.observe.PurchaseRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's chip purchases by channel (issue 11 item 8), recorded where chips are delivered and
 * paid for (the chip settlement; a rental channel records its own), aggregated per month × buyer
 * kind × SKU × channel. Rows come out sorted by month, buyer kind, SKU and channel, so the same run
 * always gives the same purchases.csv.
 */
public final class PurchaseLog implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** A row's key; ordered by month, buyer kind, SKU, channel (natural order: checkpointable). */
  private record Key(int tick, String buyerKind, String sku, String channel)
      implements Comparable<Key>, java.io.Serializable {
    @Override
    public int compareTo(Key o) {
      int c = Integer.compare(tick, o.tick);
      if (c == 0) {
        c = buyerKind.compareTo(o.buyerKind);
      }
      if (c == 0) {
        c = sku.compareTo(o.sku);
      }
      return c != 0 ? c : channel.compareTo(o.channel);
    }
  }

  private final TreeMap<Key, double[]> rows = new TreeMap<>();
  private final Map<Integer, String> dates = new TreeMap<>();

  /** Adds a delivery: units (chips, or H100e-months for rentals) and what was paid, USD m. */
  public void record(
      int tick,
      String date,
      String buyerKind,
      String sku,
      PurchaseChannel channel,
      double units,
      double usdM) {
    if (units <= 0) {
      return;
    }
    dates.put(tick, date);
    double[] v =
        rows.computeIfAbsent(
            new Key(tick, buyerKind == null ? "" : buyerKind, sku, channel.configName()),
            k -> new double[2]);
    v[0] += units;
    v[1] += usdM;
  }

  /** Every row so far, in output order. */
  public List<PurchaseRow> rows() {
    List<PurchaseRow> out = new ArrayList<>(rows.size());
    for (Map.Entry<Key, double[]> e : rows.entrySet()) {
      Key k = e.getKey();
      out.add(
          new PurchaseRow(
              k.tick(),
              dates.get(k.tick()),
              k.buyerKind(),
              k.sku(),
              k.channel(),
              e.getValue()[0],
              e.getValue()[1]));
    }
    return out;
  }

  /** The rows of one month, in output order. */
  public List<PurchaseRow> rows(int tick) {
    List<PurchaseRow> out = new ArrayList<>();
    for (Map.Entry<Key, double[]> e :
        rows.subMap(new Key(tick, "", "", ""), true, new Key(tick + 1, "", "", ""), false)
            .entrySet()) {
      Key k = e.getKey();
      out.add(
          new PurchaseRow(
              tick,
              dates.get(tick),
              k.buyerKind(),
              k.sku(),
              k.channel(),
              e.getValue()[0],
              e.getValue()[1]));
    }
    return out;
  }
}
