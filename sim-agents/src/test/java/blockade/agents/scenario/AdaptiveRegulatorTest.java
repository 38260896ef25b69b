package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.config.ConfigLoader;
import blockade.core.observe.RunResult;
import blockade.core.observe.SimEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The US regulator's adaptive rules react to the frontier gap and to lost US revenue. */
class AdaptiveRegulatorTest {
  private static RunResult run(String... sets) throws Exception {
    var c =
        ConfigLoader.load(
                Scenarios.configs().resolve("baseline.yaml"), List.of(sets), ScenarioConfig.class)
            .value();
    return new ScenarioRunner(c).run(5);
  }

  private static boolean has(RunResult r, String type, String detailPrefix) {
    return r.events().stream()
        .anyMatch(e -> e.type().equals(type) && e.detail().startsWith(detailPrefix));
  }

  @Test
  void gapBelowThreshold_tightens_announcedAhead_thenClosesOffshore() throws Exception {
    RunResult r = run("usControls.adaptive.tightenBelowGapMonths=1000");
    SimEvent announced =
        r.events().stream()
            .filter(
                e -> e.type().equals("rule_announced") && e.detail().startsWith("adaptive-tighten"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        announced.date().compareTo("2026-06") >= 0,
        "no adaptive rule before its first review: " + announced);
    assertTrue(
        has(r, "rule_effective", announced.detail().split(" ")[0]),
        "the announced rule takes effect");
    assertTrue(
        has(r, "offshore_rule", "compliant-only (adaptive-offshore"),
        "once every tier is banned, offshore is next");
    assertTrue(has(r, "offshore_rule", "closed (adaptive-offshore"));
  }

  @Test
  void noTighteningWhenChinaIsFarBehind() throws Exception {
    RunResult r = run("usControls.adaptive.tightenBelowGapMonths=0");
    assertTrue(!has(r, "rule_announced", "adaptive-tighten"));
  }

  @Test
  void lostUsRevenue_loosensTheLowestBannedTier() throws Exception {
    RunResult r =
        run(
            "usControls.rules.h20-licences-resume=null",
            "usControls.adaptive.loosenAboveLostRevenueUsdBn=0.01",
            "usControls.adaptive.tightenBelowGapMonths=0");
    assertTrue(has(r, "sku_unbanned", "h20 (adaptive-loosen"), "h20 (tier 1) allowed again");
    assertTrue(!has(r, "sku_unbanned", "h800"), "tier 2 stays banned (loosenMaxTier 1)");
  }
}
