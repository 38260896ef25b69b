package blockade.core.policy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's purchasing guidance in force, written by the china-policy agent in REGULATE and read by
 * buyers (DESIGN §2.6): the minimum domestic share of new purchases by state-linked buyers
 * (state-funded datacenters) and by every covered buyer (compute at or above a size threshold); US
 * SKUs that covered buyers are told to avoid (a value penalty) or not to buy at all; the share of a
 * buyer population that complies; and customs stops on US SKUs (a share of imports held back, or
 * all of them).
 */
public final class ChinaPolicyState implements java.io.Serializable {
  private double domesticShareStateLinked;
  private double discouragedPenalty;
  private double voucherShare;
  private final Set<String> discouraged = new TreeSet<>();
  private final Set<String> blocked = new TreeSet<>();
  private final Set<String> forbidden = new TreeSet<>();
  private final Map<String, Double> customsStops = new TreeMap<>();
  private double coverageMinH100e = Double.POSITIVE_INFINITY;
  private double domesticShareCovered;
  private double complianceShare = 1;

  /** Buyers with at least this much compute (H100e) are covered by guidance (∞: nobody). */
  public double coverageMinH100e() {
    return coverageMinH100e;
  }

  public void setCoverageMinH100e(double h100e) {
    this.coverageMinH100e = h100e;
  }

  /** Minimum domestic share of new chip purchases by covered buyers that comply. */
  public double domesticShareCovered() {
    return domesticShareCovered;
  }

  public void setDomesticShareCovered(double s) {
    this.domesticShareCovered = s;
  }

  /** Share of covered buyers that follow guidance (each firm's propensity is its own draw). */
  public double complianceShare() {
    return complianceShare;
  }

  public void setComplianceShare(double s) {
    this.complianceShare = s;
  }

  /** Whether covered, complying buyers must not buy this US SKU at all. */
  public boolean forbidden(String sku) {
    return forbidden.contains(sku);
  }

  public void forbid(Set<String> skus) {
    forbidden.addAll(skus);
  }

  /** Share of imports of this SKU China's customs hold back (1 when blocked outright). */
  public double customsStopShare(String sku) {
    if (blocked.isEmpty() && customsStops.isEmpty()) {
      return 0;
    }
    return blocked.contains(sku) ? 1 : customsStops.getOrDefault(sku, 0.0);
  }

  /** Sets the share of imports customs hold back for each SKU (0 lifts the stop). */
  public void customsStops(Map<String, Double> stops) {
    customsStops.putAll(stops);
  }

  public double domesticShareStateLinked() {
    return domesticShareStateLinked;
  }

  public void setDomesticShareStateLinked(double s) {
    this.domesticShareStateLinked = s;
  }

  /** Share of value a buyer gives up when buying a discouraged SKU (political cost). */
  public double discouragedPenalty() {
    return discouragedPenalty;
  }

  public void setDiscouragedPenalty(double p) {
    this.discouragedPenalty = p;
  }

  /** Share of exchange compute prices that vouchers pay for eligible buyers (startups), 0..1. */
  public double voucherShare() {
    return voucherShare;
  }

  public void setVoucherShare(double s) {
    this.voucherShare = s;
  }

  public boolean discouraged(String sku) {
    return discouraged.contains(sku);
  }

  public boolean blocked(String sku) {
    return blocked.contains(sku);
  }

  public void discourage(Set<String> skus) {
    discouraged.addAll(skus);
  }

  public void block(Set<String> skus) {
    blocked.addAll(skus);
  }

  public void unblock(Set<String> skus) {
    blocked.removeAll(skus);
    discouraged.removeAll(skus);
    forbidden.removeAll(skus);
    skus.forEach(customsStops::remove);
  }
}
