package blockade.core.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All SKUs of a scenario, in file order, with their current prices (set by suppliers). */
public final class Catalogue implements java.io.Serializable {
  private final Map<String, Sku> skus = new LinkedHashMap<>();
  private final Map<String, double[]> priceUsd = new LinkedHashMap<>();
  private final List<Sku> all;

  public Catalogue(List<Sku> all) {
    for (Sku s : all) {
      skus.put(s.name(), s);
      priceUsd.put(s.name(), new double[] {s.priceUsd()});
    }
    this.all = Collections.unmodifiableList(new ArrayList<>(skus.values()));
  }

  public Sku get(String name) {
    Sku s = skus.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown SKU " + name);
    }
    return s;
  }

  public boolean contains(String name) {
    return skus.containsKey(name);
  }

  public List<Sku> all() {
    return all;
  }

  /** SKUs of one vendor in file order. */
  public List<Sku> byVendor(String vendor) {
    List<Sku> out = new ArrayList<>();
    for (Sku s : skus.values()) {
      if (s.vendor().equals(vendor)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Current price, USD per chip. */
  public double price(String sku) {
    return priceUsd.get(sku)[0];
  }

  /** Set by the SKU's supplier in the SUPPLY phase. */
  public void setPrice(String sku, double usd) {
    if (!(usd > 0)) {
      throw new IllegalArgumentException("price must be > 0");
    }
    priceUsd.get(sku)[0] = usd;
  }
}
