package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 2 "done when": the baseline shows the stockpile-then-drop cycle and capacity-bound growth.
 */
class BaselinePatternsTest {
  private final RunResult r = Scenarios.run("baseline.yaml", 1);

  @Test
  void usPurchases_riseInAnnouncementWindow_dropAfterEffectiveBan() {
    // oct-2023: announced 2023-08, effective 2023-11; h20-licence: announced 2025-01, effective
    // 2025-04
    String[][] windows = {
      {"2023-08", "2023-10", "2023-11", "2024-01"}, {"2025-01", "2025-03", "2025-04", "2025-06"}
    };
    for (String[] w : windows) {
      double window = Scenarios.mean(r, Metrics.PURCHASES_US, w[0], w[1]);
      double after = Scenarios.mean(r, Metrics.PURCHASES_US, w[2], w[3]);
      double stockpiled = 0;
      assertTrue(
          window > 2 * after,
          "US purchases "
              + window
              + " in "
              + w[0]
              + ".."
              + w[1]
              + " vs "
              + after
              + " after "
              + w[2]);
      assertTrue(
          r.events().stream()
              .anyMatch(
                  e ->
                      e.type().equals("stockpile_started")
                          && e.date().compareTo(w[0]) >= 0
                          && e.date().compareTo(w[1]) <= 0),
          "a stockpile starts in " + w[0] + ".." + w[1] + stockpiled);
    }
  }

  @Test
  void bannedSku_notBoughtAtHomeAfterEffectiveDate() {
    assertTrue(
        r.events().stream()
            .anyMatch(
                e ->
                    e.type().equals("sku_banned")
                        && e.detail().startsWith("h800")
                        && e.date().equals("2023-11")));
    assertTrue(
        r.events().stream()
            .filter(e -> e.type().equals("order_cancelled"))
            .allMatch(
                e -> e.detail().contains("export rule") || e.detail().contains("buyer gone")));
  }

  @Test
  void domesticShare_grows_whileDomesticOutputIsCapacityBound() {
    assertTrue(
        Scenarios.at(r, Metrics.SELF_SUFFICIENCY, "2030-12")
            > Scenarios.at(r, Metrics.SELF_SUFFICIENCY, "2024-01") + 0.2);
    assertTrue(
        Scenarios.mean(r, Metrics.SELF_SUFFICIENCY, "2028-01", "2030-12")
            > Scenarios.mean(r, Metrics.SELF_SUFFICIENCY, "2023-01", "2025-12"));
    int bound = 0;
    int months = 0;
    for (int t = 0; t < r.metrics().ticks(); t++) {
      if (r.metrics().dates().get(t).compareTo("2025-04") >= 0) {
        months++;
        if (r.metrics().get(t, Metrics.DOMESTIC_ORDERS)
                >= r.metrics().get(t, Metrics.PURCHASES_DOMESTIC)
            && r.metrics().get(t, Metrics.DOMESTIC_ORDERS)
                > 0.9 * r.metrics().get(t, Metrics.DOMESTIC_CAPACITY)) {
          bound++;
        }
      }
    }
    assertTrue(
        bound > months / 3,
        "orders reach capacity in " + bound + " of " + months + " months after the H20 ban");
    assertTrue(r.events().stream().anyMatch(e -> e.type().equals("capacity_bound")));
  }

  /**
   * README pattern 4, over 20 seeds rather than seed 1 (issue 10): by 2025-06 the efficient startup
   * (deepseek-like: pre-ban stockpile, High-Flyer as backer, a reserve before buying) is alive and
   * holds the largest US-chip fleet and the best capability among startups in at least 18 of 20
   * runs.
   */
  @Test
  void efficientStartup_holdsTheLargestPreBanUsFleet_amongStartups_in2025() throws Exception {
    var c =
        blockade.core.config.ConfigLoader.load(
                Scenarios.configs().resolve("baseline.yaml"),
                java.util.List.of("end=2025-06"),
                ScenarioConfig.class)
            .value();
    int holds = 0;
    for (long seed = 1; seed <= 20; seed++) {
      RunResult mid = new ScenarioRunner(c).run(seed);
      var rows = mid.agents().stream().filter(a -> a.kind().equals("startup")).toList();
      var deepseek =
          rows.stream().filter(a -> a.id().equals("deepseek-like")).findFirst().orElseThrow();
      double ds = ((Number) deepseek.fields().get("us_chips_h100e")).doubleValue();
      double dsCap = ((Number) deepseek.fields().get("capability")).doubleValue();
      boolean leads = ((Number) deepseek.fields().get("active")).intValue() == 1;
      for (var a : rows) {
        if (!a.id().equals("deepseek-like")) {
          leads &= ((Number) a.fields().get("us_chips_h100e")).doubleValue() < ds;
          Object cap = a.fields().get("capability");
          leads &=
              !(cap instanceof Number n)
                  || Double.isNaN(n.doubleValue())
                  || n.doubleValue() < dsCap;
        }
      }
      holds += leads ? 1 : 0;
    }
    assertTrue(holds >= 18, "deepseek-like leads the startups in only " + holds + " of 20 runs");
  }
}
