package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.engine.ChipAccounts;
import blockade.core.market.Location;
import blockade.core.market.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A holder's chips: deployed cohorts and undeployed inventory, at home and offshore. Deployment and
 * retirement go through here so GPU counts stay conserved.
 */
public final class Fleet implements java.io.Serializable {
  private final List<Cohort> cohorts = new ArrayList<>();

  /** Deployed units summed by (SKU, location), rebuilt only after the fleet changed. */
  private List<Cohort> deployed = List.of();

  private boolean dirty;

  /** The last capacity view made of the deployed chips (see {@link #view}). */
  private transient CapacityView view;

  private final Map<Location, Map<Sku, long[]>> inventory = new LinkedHashMap<>();

  public Fleet() {
    inventory.put(Location.DOMESTIC, new LinkedHashMap<>());
    inventory.put(Location.OFFSHORE, new LinkedHashMap<>());
  }

  /** Deployed chips by install month (for retirement). */
  public List<Cohort> cohorts() {
    return java.util.Collections.unmodifiableList(cohorts);
  }

  /**
   * Deployed chips summed by (SKU, location), in first-install order: what capacity, power and
   * fleet sums need, without walking every monthly cohort.
   */
  public List<Cohort> deployed() {
    if (dirty) {
      // grouped by SKU in first-install order, then by location in first-install order within
      // the SKU; a fleet holds few groups, so scanning them beats hashing every cohort's SKU
      List<Cohort> out = new ArrayList<>();
      for (Cohort c : cohorts) {
        Cohort sum = null;
        int lastOfSku = -1;
        for (int i = 0; i < out.size(); i++) {
          Cohort g = out.get(i);
          if (g.sku == c.sku || (g.sku.name().equals(c.sku.name()) && g.sku.equals(c.sku))) {
            lastOfSku = i;
            if (g.location == c.location) {
              sum = g;
              break;
            }
          }
        }
        if (sum == null) {
          sum = new Cohort(c.sku, c.location, -1, 0);
          out.add(lastOfSku < 0 ? out.size() : lastOfSku + 1, sum);
        }
        sum.units += c.units;
      }
      deployed = java.util.Collections.unmodifiableList(out);
      dirty = false;
    }
    return deployed;
  }

  /**
   * The deployed chips as effective compute for these efficiencies and offshore rule: the last view
   * again while neither the fleet nor the inputs changed (a firm asks several times a month).
   */
  CapacityView view(
      double domesticEfficiency, double domesticServingEfficiency, boolean offshoreUsable) {
    List<Cohort> d = deployed();
    CapacityView v = view;
    if (v == null
        || !v.madeFrom(d, domesticEfficiency, domesticServingEfficiency, offshoreUsable)) {
      v = CapacityView.of(d, domesticEfficiency, domesticServingEfficiency, offshoreUsable);
      view = v;
    }
    return v;
  }

  /** Adds chips to inventory (not deployed). */
  public void store(Sku sku, Location loc, long units) {
    if (units > 0) {
      inventory.get(loc).computeIfAbsent(sku, k -> new long[1])[0] += units;
    }
  }

  /**
   * Installs a scenario's starting fleet (SKU name → units) at home, as bought a year before the
   * start, and counts the chips as shipped so GPU conservation holds from the first tick.
   */
  public void installInitial(Map<String, Long> units, BuyerPort world) {
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(units).entrySet()) {
      install(
          world.catalogue().get(e.getKey()), Location.DOMESTIC, world.tick() - 12, e.getValue());
      world.chips().shipped(e.getValue());
    }
  }

  /** Deploys chips directly (initial fleets). */
  public void install(Sku sku, Location loc, int tick, long units) {
    if (units > 0) {
      cohorts.add(new Cohort(sku, loc, tick, units));
      dirty = true;
    }
  }

  public long inventoryUnits() {
    long n = 0;
    for (Map<Sku, long[]> m : inventory.values()) {
      for (long[] v : m.values()) {
        n += v[0];
      }
    }
    return n;
  }

  public long inventoryUnits(Location loc) {
    long n = 0;
    for (long[] v : inventory.get(loc).values()) {
      n += v[0];
    }
    return n;
  }

  public Map<Sku, long[]> inventory(Location loc) {
    return inventory.get(loc);
  }

  public long deployedUnits() {
    long n = 0;
    for (Cohort c : deployed()) {
      n += c.units;
    }
    return n;
  }

  /** Power needed to deploy the whole inventory at a location, kW incl. PUE. */
  public double inventoryKw(Location loc, double pue) {
    double kw = 0;
    for (Map.Entry<Sku, long[]> e : inventory.get(loc).entrySet()) {
      kw += e.getKey().powerKw() * pue * e.getValue()[0];
    }
    return kw;
  }

  /** Power drawn by deployed chips at a location, kW incl. PUE. */
  public double deployedKw(Location loc, double pue) {
    double kw = 0;
    for (Cohort c : deployed()) {
      if (c.location == loc) {
        kw += c.sku.powerKw() * pue * c.units;
      }
    }
    return kw;
  }

  /**
   * Deploys inventory at a location within a power budget, best training chips first; returns the
   * kW used.
   */
  public double deploy(Location loc, double budgetKw, double pue, int tick) {
    List<Map.Entry<Sku, long[]>> items = new ArrayList<>(inventory.get(loc).entrySet());
    items.sort(
        (a, b) -> {
          int c =
              Double.compare(
                  b.getKey().trainPerf() + b.getKey().inferPerf(),
                  a.getKey().trainPerf() + a.getKey().inferPerf());
          return c != 0 ? c : a.getKey().name().compareTo(b.getKey().name());
        });
    double used = 0;
    for (Map.Entry<Sku, long[]> e : items) {
      double perUnit = e.getKey().powerKw() * pue;
      long fit = (long) Math.floor((budgetKw - used) / perUnit + 1e-9);
      long n = Math.min(fit, e.getValue()[0]);
      if (n > 0) {
        install(e.getKey(), loc, tick, n);
        e.getValue()[0] -= n;
        used += n * perUnit;
      }
    }
    inventory.get(loc).values().removeIf(v -> v[0] == 0);
    return used;
  }

  /** Retires cohorts past their service life; returns units retired. */
  public long retire(int tick, ChipAccounts accounts) {
    long n = 0;
    // one compacting pass (removing from the middle of the list one by one is quadratic)
    int kept = 0;
    for (int i = 0, size = cohorts.size(); i < size; i++) {
      Cohort c = cohorts.get(i);
      if (tick - c.installTick >= c.sku.serviceLifeMonths()) {
        n += c.units;
        dirty = true;
      } else {
        cohorts.set(kept++, c);
      }
    }
    cohorts.subList(kept, cohorts.size()).clear();
    accounts.retired(n);
    return n;
  }

  /** Takes every chip out (bankruptcy): returns units by SKU, deployed and stored. */
  public Map<Sku, Long> liquidate() {
    Map<Sku, Long> out = new LinkedHashMap<>();
    for (Cohort c : cohorts) {
      out.merge(c.sku, c.units, Long::sum);
    }
    cohorts.clear();
    dirty = true;
    for (Map<Sku, long[]> m : inventory.values()) {
      for (Map.Entry<Sku, long[]> e : m.entrySet()) {
        out.merge(e.getKey(), e.getValue()[0], Long::sum);
      }
      m.clear();
    }
    return out;
  }

  /** Deployed units by SKU name, home and offshore, in first-install order (a copy). */
  public Map<String, Long> deployedUnitsBySku() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Cohort c : deployed()) {
      out.merge(c.sku.name(), c.units, Long::sum);
    }
    return out;
  }

  /** Undeployed units by SKU name, home and offshore (a copy). */
  public Map<String, Long> inventoryUnitsBySku() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map<Sku, long[]> m : inventory.values()) {
      m.forEach((sku, n) -> out.merge(sku.name(), n[0], Long::sum));
    }
    return out;
  }

  /** Nominal deployed H100e by origin/location filter. */
  public double h100e(java.util.function.Predicate<Cohort> filter) {
    double h = 0;
    for (Cohort c : deployed()) {
      if (filter.test(c)) {
        h += c.sku.trainPerf() * c.units;
      }
    }
    return h;
  }

  /**
   * The fleet as the metrics see it: domestic-chip, usable US-chip and usable offshore H100e,
   * deployed and stored units, and home deployed kW.
   *
   * @param offshoreUsable whether the offshore rule lets the firm use its offshore chips
   */
  blockade.core.engine.FleetHolder.FleetSnapshot snapshot(boolean offshoreUsable, double pue) {
    // one pass over the (SKU, location) sums, each total added in the same order as a separate
    // h100e(filter), deployedUnits() or deployedKw() pass would (so the same bits), no lambdas
    double dom = 0;
    double us = 0;
    double off = 0;
    long units = 0;
    double kw = 0;
    for (Cohort c : deployed()) {
      boolean home = c.location == Location.DOMESTIC;
      double h = c.sku.trainPerf() * c.units;
      if (home && !c.sku.isUs()) {
        dom += h;
      }
      if (c.sku.isUs() && (home || offshoreUsable)) {
        us += h;
      }
      if (c.location == Location.OFFSHORE && offshoreUsable) {
        off += h;
      }
      units += c.units;
      if (home) {
        kw += c.sku.powerKw() * pue * c.units;
      }
    }
    return new blockade.core.engine.FleetHolder.FleetSnapshot(
        dom, us, off, units, inventoryUnits(), kw);
  }
}
