package blockade.agents.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.market.Location;
import blockade.core.market.Origin;
import blockade.core.market.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirmRulesTest {
  private static Sku sku(String name, Origin o, double train, double infer, double price) {
    return new Sku(
        name,
        o == Origin.US ? "nvidia-like" : "huawei-like",
        o,
        train,
        infer,
        price,
        0.5,
        0,
        Integer.MAX_VALUE,
        60,
        1,
        1,
        4);
  }

  private static Offer offer(Sku s, double eff) {
    return new Offer(s, s.vendor(), Location.DOMESTIC, s.priceUsd(), eff, 0, 1, Long.MAX_VALUE, 0);
  }

  @Test
  void procurement_bestValuePerDollar_getsMostUnits() {
    Offer h800 = offer(sku("h800", Origin.US, 1, 1, 40000), 1);
    Offer ascend = offer(sku("910b", Origin.DOMESTIC, 0.32, 0.3, 17000), 0.3);
    var lines = ProcurementRule.choose(List.of(h800, ascend), 10000, 1e9, 1, 6, 0);
    long us =
        lines.stream().filter(l -> l.offer() == h800).mapToLong(ProcurementRule.Line::units).sum();
    long dom =
        lines.stream()
            .filter(l -> l.offer() == ascend)
            .mapToLong(ProcurementRule.Line::units)
            .sum();
    assertTrue(us * 1.0 > 5 * dom * 0.32 * 0.3, "us " + us + " dom " + dom);
  }

  @Test
  void procurement_ownSoftwareEfficiency_changesTheChoice() {
    Offer h20 = offer(sku("h20", Origin.US, 0.15, 0.65, 12500), 1);
    Offer lowEff = offer(sku("910c", Origin.DOMESTIC, 0.8, 0.6, 28000), 0.25);
    Offer highEff = offer(sku("910c", Origin.DOMESTIC, 0.8, 0.6, 28000), 0.9);
    long low = units(ProcurementRule.choose(List.of(h20, lowEff), 1000, 1e9, 1, 6, 0), lowEff);
    long high = units(ProcurementRule.choose(List.of(h20, highEff), 1000, 1e9, 1, 6, 0), highEff);
    assertTrue(high > low);
  }

  @Test
  void procurement_respectsBudget_andDomesticMinimum() {
    Offer h20 = offer(sku("h20", Origin.US, 0.15, 0.65, 12500), 1);
    Offer dom = offer(sku("910b", Origin.DOMESTIC, 0.32, 0.3, 17000), 0.3);
    var lines = ProcurementRule.choose(List.of(h20, dom), 1e6, 100, 0.5, 6, 0.5);
    double cost = lines.stream().mapToDouble(ProcurementRule.Line::costUsdM).sum();
    double compute = lines.stream().mapToDouble(l -> l.units() * l.offer().valuePerUnit(0.5)).sum();
    double domCompute =
        lines.stream()
            .filter(l -> l.offer() == dom)
            .mapToDouble(l -> l.units() * l.offer().valuePerUnit(0.5))
            .sum();
    assertTrue(cost <= 100 + 1e-9);
    assertTrue(domCompute >= 0.5 * compute * 0.999, domCompute + " of " + compute);
    var free = ProcurementRule.choose(List.of(h20, dom), 1e6, 100, 0.5, 6, 0);
    double freeDom =
        free.stream()
            .filter(l -> l.offer() == dom)
            .mapToDouble(l -> l.units() * l.offer().valuePerUnit(0.5))
            .sum();
    assertTrue(freeDom < domCompute, "without guidance the firm seeks less domestic compute");
    assertTrue(ProcurementRule.choose(List.of(h20), 0, 100, 1, 6, 0).isEmpty());
  }

  private static long units(List<ProcurementRule.Line> lines, Offer o) {
    return lines.stream().filter(l -> l.offer() == o).mapToLong(ProcurementRule.Line::units).sum();
  }

  @Test
  void stockpile_onlyWhenOrderShipsBeforeTheBan_andUpToTheTarget() {
    assertEquals(1200, StockpileRule.extraUnits(10, 13, 1, 100, 12, 0));
    assertEquals(700, StockpileRule.extraUnits(11, 13, 1, 100, 12, 500));
    assertEquals(
        0,
        StockpileRule.extraUnits(12, 13, 1, 100, 12, 0),
        "would arrive when the ban is in force");
    assertEquals(
        0,
        StockpileRule.extraUnits(10, 13, 1, 0, 12, 0),
        "nothing usually bought, nothing pulled forward");
    assertEquals(0, StockpileRule.extraUnits(10, 13, 1, 100, 12, 1200));
  }

  @Test
  void usualPurchases_moveOnceAMonth_howeverManyChannelsOfferTheSku() {
    UsualPurchases u = new UsualPurchases();
    assertEquals(0, u.of("H20"), "never on offer");
    u.update("H20", 100, 0);
    assertEquals(100, u.of("H20"), 1e-12, "the first month starts the average");
    u.update("H20", 0, 1);
    u.update("H20", 0, 1); // the same SKU from a second channel, same month
    u.update("H20", 0, 1);
    assertEquals(80, u.of("H20"), 1e-12, "one 0.8/0.2 step per month, not one per channel");
    assertTrue(u.updated("H20", 1));
    assertTrue(!u.updated("H20", 2));
    u.update("H20", 50, 2);
    assertEquals(0.8 * 80 + 0.2 * 50, u.of("H20"), 1e-12);
  }

  @Test
  void choicePower_wholeExponentsBySquaring_closeToPow_elsePow() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      double x = r.nextDouble();
      for (int n = 0; n <= 12; n++) {
        double exact = StrictMath.pow(x, n);
        double got = ProcurementRule.power(x, n);
        assertEquals(exact, got, 8 * Math.ulp(exact), "x=" + x + " n=" + n);
      }
    }
    assertEquals(1, ProcurementRule.power(0.3, 0));
    assertEquals(0.3, ProcurementRule.power(0.3, 1));
    assertEquals(0.3 * 0.3, ProcurementRule.power(0.3, 2));
    assertEquals(StrictMath.pow(0.3, 2.5), ProcurementRule.power(0.3, 2.5), "non-integer: pow");
    assertEquals(StrictMath.pow(0.3, 100), ProcurementRule.power(0.3, 100), "large: pow");
  }

  @Test
  void migration_startsWhenDomesticFleetRunsAhead_delayShrinksWithMaturityAndExperience() {
    assertTrue(MigrationRule.shouldStart(0.5, 0, 0.1, 0.1));
    assertTrue(MigrationRule.shouldStart(0, 0.5, 0.1, 0.1), "a mandate triggers it too");
    assertTrue(!MigrationRule.shouldStart(0.15, 0, 0.1, 0.1));
    assertTrue(!MigrationRule.shouldStart(1, 1, 1, 0.1));
    int first = MigrationRule.delayMonths(4, 0.1, 0.8, 0);
    assertTrue(MigrationRule.delayMonths(4, 0.6, 0.8, 0) < first);
    assertTrue(MigrationRule.delayMonths(4, 0.1, 0.8, 3) < first);
    assertEquals(0.2, MigrationRule.sliceShare(0.25, 0.8), 1e-12);
  }

  @Test
  void serveTrain_inferenceStrongChipsServe_restTrains() {
    double[] h20 = {150, 650}; // 1000 H20: weak training, strong serving
    double[] h100 = {1000, 1000};
    var split = ServeTrainRule.split(List.of(h100, h20), 650, 0);
    assertEquals(650, split.served(), 1e-9);
    assertEquals(1000, split.training(), 1e-9, "the H20s serve, every H100 trains");
    var more = ServeTrainRule.split(List.of(h100, h20), 1150, 10);
    assertEquals(1150, more.served(), 1e-9);
    assertEquals(10 + 500, more.training(), 1e-9, "half the H100s serve once the H20s are used up");
    var idle = ServeTrainRule.split(List.of(h100), 5000, 0);
    assertEquals(1000, idle.served(), 1e-9);
    assertEquals(0, idle.training(), 1e-9);
  }

  @Test
  void procurement_cappedOffer_passesItsShareToTheOthers() {
    Sku h100 = sku("h100", Origin.US, 1, 1, 15000);
    Offer usedCapped =
        new Offer(h100, "secondary-market", Location.DOMESTIC, 15000, 1, 0, 1, 10, 0);
    Offer h20 = offer(sku("h20", Origin.US, 0.15, 0.65, 12500), 1);
    var lines = ProcurementRule.choose(List.of(usedCapped, h20), 1000, 1e9, 1, 6, 0);
    assertEquals(10, units(lines, usedCapped), "the cheap used chips are all taken");
    assertEquals(
        (1000 - 10) / 0.15, units(lines, h20), 1.0, "the rest of the need goes to the H20");
  }

  @Test
  void procurement_offshoreOffers_shareOneBudgetOfSitePower() {
    // three US SKUs offshore, each alone could fill the site's free power (the old per-offer cap)
    Sku h100 = sku("h100", Origin.US, 1, 1, 25000);
    Sku h200 = sku("h200", Origin.US, 1.1, 1.3, 30000);
    Sku b200 = sku("b200", Origin.US, 2.2, 2.3, 40000);
    double freeKw = 1000; // each chip draws 0.5 kW (times a PUE of 1.2 below): 1,666 fit in all
    double pue = 1.2;
    long fit = (long) Math.floor(freeKw / (0.5 * pue));
    List<Offer> offshore = new java.util.ArrayList<>();
    for (Sku s : List.of(h100, h200, b200)) {
      offshore.add(new Offer(s, s.vendor(), Location.OFFSHORE, s.priceUsd(), 1, 0, 1, fit, 2));
    }
    Offer home = offer(sku("910c", Origin.DOMESTIC, 0.8, 0.6, 28000), 0.5);
    List<Offer> offers = new java.util.ArrayList<>(offshore);
    offers.add(home);
    ProcurementRule.SharedLimit sitePower =
        new ProcurementRule.SharedLimit(
            freeKw, o -> o.location() == Location.OFFSHORE ? o.sku().powerKw() * pue : 0);
    double need = 1e5; // far more than the site holds
    var perOffer = ProcurementRule.choose(offers, need, 1e9, 1, 2, 0);
    var shared = ProcurementRule.choose(offers, need, 1e9, 1, 2, 0, sitePower);
    long before = offshore.stream().mapToLong(o -> units(perOffer, o)).sum();
    long after = offshore.stream().mapToLong(o -> units(shared, o)).sum();
    assertTrue(before > 2 * fit, "per-offer caps order several sites' worth: " + before);
    double kw = after * 0.5 * pue;
    assertTrue(kw <= freeKw + 1e-9, "the shared budget holds: " + kw + " kW of " + freeKw);
    assertTrue(after >= fit - 3, "and the site is filled: " + after + " of " + fit);
    for (Offer o : offshore) {
      assertTrue(units(shared, o) > 0, "every offshore SKU keeps a share: " + o.sku().name());
    }
    // what no longer fits offshore goes to the other offers
    assertTrue(units(shared, home) > units(perOffer, home));
    // a need that fits is not cut
    var small = ProcurementRule.choose(offers, 100, 1e9, 1, 2, 0, sitePower);
    var smallFree = ProcurementRule.choose(offers, 100, 1e9, 1, 2, 0);
    for (Offer o : offers) {
      assertEquals(units(smallFree, o), units(small, o), o.sku().name());
    }
  }
}
