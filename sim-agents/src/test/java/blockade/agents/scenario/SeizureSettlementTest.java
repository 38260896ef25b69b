package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.supplier.GreyMarketAgent;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.EventTypes;
import blockade.core.observe.Metrics;
import blockade.core.observe.SimEvent;
import org.junit.jupiter.api.Test;

/** Seized smuggled chips are charged, counted and reported once, by the engine's settlement. */
class SeizureSettlementTest {
  @Test
  void seizures_agreeAcrossTheMetric_theEvents_andTheGreyMarket() {
    var r = Scenarios.run("baseline.yaml", 3);
    double metric = 0;
    for (int t = 0; t < r.metrics().ticks(); t++) {
      metric += r.metrics().get(t, Metrics.SEIZED);
    }
    double events =
        r.events().stream()
            .filter(e -> e.type().equals(EventTypes.GREY_SEIZURE))
            .mapToDouble(SimEvent::units)
            .sum();
    assertTrue(metric > 0, "the baseline seizes smuggled chips");
    assertEquals(metric, events, 1e-9);
    BlockadeModel model = ScenarioBuilder.build(Scenarios.load("baseline.yaml"), 3);
    model.runToEnd();
    GreyMarketAgent grey = model.world().agent("grey-market", GreyMarketAgent.class);
    assertEquals(metric, grey.getUnitsSeized(), 1e-9);
  }
}
