package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import blockade.core.observe.SimEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events carry their facts as data: a network view can draw edges from counterparty and quantities,
 * and the typed quantities agree with the metrics that count the same flows.
 */
class TypedEventsTest {
  private static final RunResult R = Scenarios.run("baseline.yaml", 1);

  private static List<SimEvent> of(String type) {
    return R.events().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void moneyAndChipTransfers_nameTheirCounterpartyAndQuantity() {
    for (String type :
        List.of(
            EventTypes.INVESTMENT,
            EventTypes.FUNDING_ROUND,
            EventTypes.ENTRY,
            EventTypes.COMPUTE_TRADED)) {
      assertTrue(!of(type).isEmpty(), type);
      for (SimEvent e : of(type)) {
        assertNotNull(e.counterparty(), e.toString());
        assertNotNull(e.usdM(), e.toString());
      }
    }
    for (SimEvent e : of(EventTypes.STOCKPILE_STARTED)) {
      assertEquals("nvidia-like", e.counterparty(), e.toString());
      assertTrue(e.detail().startsWith(e.sku() + " "), e.toString());
      assertTrue(e.units() > 0 && e.usdM() > 0, e.toString());
    }
    for (SimEvent e : of(EventTypes.BANKRUPTCY)) {
      assertEquals((long) (double) e.units() + " chips returned to the market", e.detail());
      assertEquals("secondary-market", e.counterparty());
    }
    for (SimEvent e : of(EventTypes.ENTITY_LISTED)) {
      assertEquals("us-bis", e.counterparty(), e.toString());
    }
    for (SimEvent e : of(EventTypes.SKU_BANNED)) {
      assertTrue(e.detail().startsWith(e.sku() + " ("), e.toString());
      assertNull(e.units());
    }
  }

  @Test
  void typedQuantities_agreeWithTheMetrics() {
    double[] bought = new double[R.metrics().ticks()];
    double[] sold = new double[R.metrics().ticks()];
    double[] seized = new double[R.metrics().ticks()];
    for (SimEvent e : of(EventTypes.COMPUTE_TRADED)) {
      if (e.units() > 0) {
        bought[e.tick()] += e.units();
      } else {
        sold[e.tick()] -= e.units();
      }
    }
    for (SimEvent e : of(EventTypes.GREY_SEIZURE)) {
      seized[e.tick()] += e.units();
    }
    for (int t = 0; t < bought.length; t++) {
      double volume = R.metrics().get(t, Metrics.EXCHANGE_VOLUME);
      assertEquals(volume, bought[t], 1e-9 * Math.max(1, volume), "bought at " + t);
      assertEquals(volume, sold[t], 1e-9 * Math.max(1, volume), "sold at " + t);
      assertEquals(R.metrics().get(t, Metrics.SEIZED), seized[t], "seized at " + t);
    }
  }
}
