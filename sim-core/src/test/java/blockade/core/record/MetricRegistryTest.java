package blockade.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.Aggregation;
import blockade.core.observe.MetricUnit;
import blockade.core.observe.Metrics;
import blockade.core.observe.TickStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {
  private static MetricSpec level(String name) {
    return MetricSpec.of(name, MetricUnit.CHIPS, Aggregation.MODEL, "help", w -> 1);
  }

  @Test
  void specs_followTheColumnOrder_notTheDeclarationOrder() {
    MetricRegistry r =
        new MetricRegistry(
            List.of("b_units", "a_units", "c_units"),
            List.of(
                MetricSource.of(List.of(level("a_units"), level("c_units"))),
                MetricSource.of(List.of(level("b_units")))));
    assertEquals(List.of("b_units", "a_units", "c_units"), r.columns());
  }

  @Test
  void missingDuplicateAndExtraDeclarations_areRefusedByName() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new MetricRegistry(
                    List.of("a_units", "b_units"),
                    List.of(
                        MetricSource.of(
                            List.of(level("a_units"), level("a_units"), level("x_units"))))));
    assertTrue(e.getMessage().contains("a_units is declared twice"), e.getMessage());
    assertTrue(e.getMessage().contains("b_units has no declaration"), e.getMessage());
    assertTrue(e.getMessage().contains("x_units is declared but is not a column"), e.getMessage());
  }

  @Test
  void aNameMustBearItsUnit() {
    assertThrows(IllegalArgumentException.class, () -> level("gpu_inventory"));
    assertThrows(
        IllegalArgumentException.class,
        () -> MetricSpec.of("x_usd_bn", MetricUnit.USD_BN, Aggregation.SUM, "a | b", w -> 0));
  }

  @Test
  void onlyFlowsCanBeAddedTo_andTheyAreSummed() {
    TickStats st = new TickStats();
    MetricSpec flow = MetricSpec.flow("bought_units", MetricUnit.CHIPS, "help");
    st.add(flow, 2);
    st.add(flow, 3);
    assertEquals(5, st.get("bought_units"));
    assertEquals(0, st.get("other_units"));
    assertThrows(IllegalArgumentException.class, () -> st.add(level("yield_units"), 0.5));
  }

  @Test
  void aRegistryWithItsRunningState_survivesSerialization() throws Exception {
    MetricRegistry r =
        new MetricRegistry(
            List.of(Metrics.SHIPMENTS_US, "x_units", Metrics.MIGRATION_LOST),
            List.of(
                MetricSource.of(
                    List.of(
                        MetricSpec.perAgent(
                            "x_units",
                            MetricUnit.CHIPS,
                            String.class,
                            Aggregation.SUM,
                            "help",
                            (s, w) -> s.length()))),
                MetricSource.of(List.of(CoreMetrics.SHIPMENTS_US)),
                () ->
                    new CoreMetrics(1000)
                        .metrics().stream()
                            .filter(m -> m.name().equals(Metrics.MIGRATION_LOST))
                            .toList()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new MetricsRecorder(r));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      MetricsRecorder back = (MetricsRecorder) in.readObject();
      assertEquals(r.columns(), back.table().columns());
    }
  }

  @Test
  void perAgentAggregations_combineAgentsAsDeclared() {
    List<Double> yields = List.of(0.2, 0.4, 0.0);
    assertEquals(
        0.6000000000000001, MetricSpec.aggregate(null, yields, Aggregation.SUM, (v, w) -> v));
    assertEquals(0.2, MetricSpec.aggregate(null, yields, Aggregation.MEAN, (v, w) -> v), 1e-15);
    assertEquals(0.4, MetricSpec.aggregate(null, yields, Aggregation.MAX, (v, w) -> v));
    assertEquals(2, MetricSpec.aggregate(null, yields, Aggregation.COUNT, (v, w) -> v));
    // nothing to measure: 0, never NaN
    assertEquals(0, MetricSpec.aggregate(null, List.<Double>of(), Aggregation.MEAN, (v, w) -> v));
    assertEquals(0, MetricSpec.aggregate(null, List.<Double>of(), Aggregation.MAX, (v, w) -> v));
    assertThrows(
        IllegalArgumentException.class,
        () -> MetricSpec.aggregate(null, yields, Aggregation.RATIO, (v, w) -> v));
  }
}
