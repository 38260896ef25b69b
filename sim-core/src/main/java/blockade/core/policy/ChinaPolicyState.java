package blockade.core.policy;

import java.util.Set;
import java.util.TreeSet;

/**
 * China's purchasing guidance in force, written by the china-policy agent in REGULATE and read by
 * buyers: the minimum domestic share of new purchases by state-linked buyers, US SKUs that are
 * discouraged (buyers apply a value penalty) and US SKUs whose import is blocked at customs.
 */
public final class ChinaPolicyState implements java.io.Serializable {
  private double domesticShareStateLinked;
  private double discouragedPenalty;
  private double voucherShare;
  private final Set<String> discouraged = new TreeSet<>();
  private final Set<String> blocked = new TreeSet<>();

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
  }
}
