package blockade.agents.regulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.core.market.Location;
import blockade.core.observe.EventTypes;
import blockade.core.policy.ExportRule;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The US regulator and China's policy-maker against fake ports (no world, no scenario run). */
class RegulatorPortsTest {
  private static AdaptiveRulesConfig noAdaptive() {
    return new AdaptiveRulesConfig(
        false, YearMonth.of(2025, 1), 6, 6, 3, 15, 1, 0.02, 24, YearMonth.of(2025, 1));
  }

  @Test
  void usRegulator_announcesThenListsAFirm_atTheRuleDates() {
    ExportRule listing =
        ExportRule.builder("dec-2024").announced(2).effective(5).lists(Set.of("firm-x")).build();
    FakePort port = new FakePort(listing);
    UsRegulatorAgent bis = new UsRegulatorAgent("us-bis", noAdaptive(), port);
    port.tick = 2;
    bis.regulate(port);
    assertEquals(1, port.events(EventTypes.RULE_ANNOUNCED).size());
    assertEquals(List.of(), port.events(EventTypes.ENTITY_LISTED));
    assertFalse(port.regime.listed("firm-x", 4));
    port.tick = 5;
    bis.regulate(port);
    assertEquals(
        List.of("firm-x"),
        port.events(EventTypes.ENTITY_LISTED).stream().map(e -> e.agent()).toList());
    assertEquals("2023-03", port.events(EventTypes.ENTITY_LISTED).get(0).date());
    assertTrue(port.regime.listed("firm-x", 5));
    assertFalse(
        port.mayShip(FakePort.H20, "firm-x", Location.DOMESTIC),
        "vendors may no longer ship to it");
  }

  @Test
  void chinaPolicy_appliesAStepInItsMonth_only() {
    PolicyStepConfig step =
        new PolicyStepConfig(
            YearMonth.of(2023, 1),
            0.5,
            List.of(),
            null,
            null,
            null,
            null,
            List.of(),
            List.of("H20"),
            Map.of(),
            List.of(),
            0.3,
            null,
            null,
            0.02,
            null,
            "");
    ChinaPolicyAgent policy = new ChinaPolicyAgent("china-policy", Map.of("customs", step));
    FakePort port = new FakePort();
    port.tick = 2;
    policy.apply(port);
    assertTrue(port.mayShip(FakePort.H20, "firm", Location.DOMESTIC));
    assertEquals(List.of(), port.events(EventTypes.POLICY_CHANGE));
    port.tick = 3;
    policy.apply(port);
    assertFalse(port.mayShip(FakePort.H20, "firm", Location.DOMESTIC), "blocked at customs");
    assertEquals(0.3, port.chinaPolicy.voucherShare());
    assertEquals(0.5, port.chinaPolicy.domesticShareStateLinked());
    assertEquals(1, port.events(EventTypes.POLICY_CHANGE).size());
  }

  /** A firm as the regulator sees it, level with the US frontier (so fully prominent). */
  private static final class Firm implements blockade.core.engine.FirmView {
    private final String id;
    private double capability;

    Firm(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public boolean isStartup() {
      return false;
    }

    @Override
    public double demandH100e() {
      return 0;
    }

    @Override
    public double unmetH100e() {
      return 0;
    }

    @Override
    public double frameworkShare() {
      return 0;
    }

    @Override
    public double capability() {
      return capability;
    }

    @Override
    public boolean entityListed() {
      return false;
    }

    @Override
    public double migrationLossMonths() {
      return 0;
    }

    @Override
    public double aiRevenueUsdM() {
      return 0;
    }

    @Override
    public double fleetH100e() {
      return 0;
    }

    @Override
    public int offshoreSites() {
      return 0;
    }
  }

  /** Month each firm is listed in, when another firm {@code extra} joins at month 10 (or never). */
  private static Map<String, String> listingMonths(String extra) {
    AdaptiveRulesConfig listingOnly =
        new AdaptiveRulesConfig(
            true, YearMonth.of(2030, 12), 6, 6, 3, 1e9, 1, 0.1, 24, YearMonth.of(2023, 1));
    FakePort port = new FakePort();
    UsRegulatorAgent bis = new UsRegulatorAgent("us-bis", listingOnly, port);
    for (String id : List.of("alibaba-like", "bytedance-like", "deepseek-like", "tencent-like")) {
      port.agents.put(id, new Firm(id));
    }
    for (int t = 1; t <= 60; t++) {
      if (t == 10 && extra != null) {
        port.agents.put(extra, new Firm(extra));
      }
      port.tick = t;
      for (Object a : port.agents.values()) {
        ((Firm) a).capability = port.frontier.usCapability(t - 1);
      }
      bis.regulate(port);
    }
    Map<String, String> months = new java.util.TreeMap<>();
    for (var e : port.events(EventTypes.ENTITY_LISTED)) {
      months.put(e.agent(), e.date());
    }
    return months;
  }

  @Test
  void usRegulator_listingDrawsAboutAFirm_doNotDependOnWhichOtherFirmsExist() {
    Map<String, String> alone = listingMonths(null);
    Map<String, String> withEntrant = listingMonths("baidu-like");
    assertTrue(alone.size() >= 3, "the test lists firms: " + alone);
    assertTrue(withEntrant.containsKey("baidu-like"), "the entrant is drawn about too");
    withEntrant.remove("baidu-like");
    // an entrant sorting between the others, visited in the middle of every later month
    assertEquals(alone, withEntrant);
  }
}
