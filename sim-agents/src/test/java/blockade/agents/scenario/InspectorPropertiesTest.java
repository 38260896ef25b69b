package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.config.ConfigLoader;
import blockade.core.engine.Agent;
import blockade.core.engine.BlockadeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * MASON's inspectors read agents through Java-bean getters ({@code sim.util.SimpleProperties}).
 * Every agent kind of a built baseline model shows its state there, and inspecting every agent
 * every month leaves the run unchanged (the getters only read).
 */
class InspectorPropertiesTest {
  private static final int TICKS = 30;
  private static ScenarioConfig config;

  @BeforeAll
  static void load() throws Exception {
    config =
        ConfigLoader.load(
                Scenarios.configs().resolve("baseline.yaml"), List.of(), ScenarioConfig.class)
            .value();
  }

  private static Map<String, Object> properties(Object agent) {
    Properties p = Properties.getProperties(agent);
    assertTrue(p instanceof SimpleProperties, "agents are inspected as Java beans");
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < p.numProperties(); i++) {
      out.put(p.getName(i), p.getValue(i));
    }
    return out;
  }

  private static Agent first(BlockadeModel m, String kind) {
    return m.agents().stream()
        .filter(a -> a.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind));
  }

  @Test
  void everyKind_showsItsStateToMasonInspectors() {
    BlockadeModel m = ScenarioBuilder.build(config, 1);
    m.start();
    for (int t = 0; t < TICKS; t++) {
      m.stepTick();
    }
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<String> firm =
        List.of(
            "Id",
            "Kind",
            "Active",
            "CashUsdM",
            "FleetH100e",
            "DeployedUnitsBySku",
            "FleetH100eByLocation",
            "InventoryUnitsBySku",
            "InventoryUnits",
            "FrameworkShare",
            "Capability",
            "OffshoreSites",
            "EntityListed",
            "StateInvestmentUsdM",
            "DemandH100e",
            "UnmetH100e",
            "MigrationMonthsLeft",
            "Startup");
    expected.put("incumbent", firm);
    expected.put("startup", firm);
    expected.put(
        "domestic-supplier",
        List.of(
            "CashUsdM",
            "WafersPerMonth",
            "Yield",
            "DieStock",
            "HbmStockStacks",
            "CapacityUnits",
            "CapacityBoundBy",
            "PriceUsd",
            "TotalOutputUnits"));
    expected.put(
        "us-supplier",
        List.of(
            "CashUsdM",
            "ChinaRevenueTrailingYearUsdM",
            "ChinaRevenueTotalUsdM",
            "LostChinaRevenueUsdBnAnnual",
            "CancelledOrdersUsdM",
            "PricesUsd"));
    expected.put(
        "grey-market", List.of("CashUsdM", "UnitsSold", "UnitsSeized", "SeizureProbability"));
    expected.put("secondary-market", List.of("CashUsdM", "InventoryUnits", "StockBySku"));
    expected.put(
        "state-fund",
        List.of(
            "CashUsdM",
            "Strategy",
            "BudgetUsdM",
            "BudgetLeftUsdM",
            "DisbursedUsdM",
            "WastedUsdM",
            "EquityUsdM",
            "Holdings"));
    expected.put(
        "compute-network",
        List.of(
            "CashUsdM",
            "FleetH100e",
            "InventoryUnits",
            "IdleShare",
            "WastedUsdM",
            "StatePowerBillUsdM"));
    expected.put(
        "us-regulator",
        List.of(
            "RegimeLevel",
            "RulesInForce",
            "OffshoreRule",
            "BannedSkus",
            "EntityList",
            "AdaptiveRules"));
    expected.put(
        "china-policy", List.of("CashUsdM", "DomesticShareStateLinked", "VoucherShare", "Steps"));
    expected.put(
        "venture-capital",
        List.of("PoolUsdMPerMonth", "RoundBudgetUsdM", "InvestedUsdM", "Entrants"));
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      Agent a = first(m, e.getKey());
      Map<String, Object> props = properties(a);
      for (String name : e.getValue()) {
        assertTrue(
            props.containsKey(name),
            e.getKey() + " " + a.id() + " shows " + name + "; has " + props.keySet());
        assertNotNull(props.get(name), e.getKey() + " " + name);
      }
      assertEquals(a.id(), props.get("Id"));
      assertEquals(e.getKey(), props.get("Kind"));
      Object cash = props.get("CashUsdM");
      assertTrue(
          cash instanceof Double d && Double.isFinite(d) && d >= 0, e.getKey() + " cash " + cash);
    }
    // values, not just names: a firm's fleet by location adds up to its fleet, the regime is in
    // force
    Map<String, Object> bytedance =
        properties(
            m.agents().stream()
                .filter(a -> a.id().equals("bytedance-like"))
                .findFirst()
                .orElseThrow());
    @SuppressWarnings("unchecked")
    Map<String, Double> byLocation = (Map<String, Double>) bytedance.get("FleetH100eByLocation");
    assertEquals(
        (Double) bytedance.get("FleetH100e"),
        byLocation.get("home") + byLocation.get("offshore"),
        1e-6);
    assertTrue((Double) bytedance.get("FleetH100e") > 0);
    assertFalse(((Map<?, ?>) bytedance.get("DeployedUnitsBySku")).isEmpty());
    Map<String, Object> bis = properties(first(m, "us-regulator"));
    assertFalse(
        ((List<?>) bis.get("RulesInForce")).isEmpty(), "rules are in force by " + m.world().date());
    Map<String, Object> huawei = properties(first(m, "domestic-supplier"));
    assertTrue((Double) huawei.get("Yield") > 0 && (Double) huawei.get("PriceUsd") > 0);
  }

  @Test
  void inspectingEveryAgentEveryMonth_doesNotChangeTheRun() {
    BlockadeModel plain = ScenarioBuilder.build(config, 7);
    BlockadeModel inspected = ScenarioBuilder.build(config, 7);
    plain.start();
    inspected.start();
    for (int t = 0; t < TICKS; t++) {
      plain.stepTick();
      inspected.stepTick();
      for (Agent a : inspected.agents()) {
        properties(a);
      }
    }
    assertEquals(rows(plain), rows(inspected));
    assertEquals(plain.world().events().all(), inspected.world().events().all());
  }

  private static List<String> rows(BlockadeModel m) {
    List<String> out = new ArrayList<>();
    for (Agent a : m.agents()) {
      out.add(a.snapshot(m.world()).toString());
    }
    return out;
  }
}
