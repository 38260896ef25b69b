package blockade.experiment.montecarlo;

import blockade.core.observe.AgentRow;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.PurchaseRow;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import blockade.core.observe.SimEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A stand-in for the model: a small synthetic metrics table drawn from a Commons RNG stream seeded
 * by the replication seed (so the result depends only on the seed), plus a random sleep that does
 * not depend on the seed, to scramble the order replications finish in.
 */
final class FakeRunner implements ReplicationRunner {
  static final List<String> COLUMNS =
      List.of("compute_total_h100e", "self_sufficiency", "startups_alive");

  private final int ticks;
  private final int maxSleepMs;
  private final double drift;

  FakeRunner(int ticks, int maxSleepMs) {
    this(ticks, maxSleepMs, 0);
  }

  FakeRunner(int ticks, int maxSleepMs, double drift) {
    this.ticks = ticks;
    this.maxSleepMs = maxSleepMs;
    this.drift = drift;
  }

  static List<String> dates(int ticks) {
    List<String> dates = new ArrayList<>();
    for (int t = 0; t < ticks; t++) {
      dates.add(YearMonth.of(2022, 10).plusMonths(t).toString());
    }
    return dates;
  }

  @Override
  public RunResult run(long seed) throws Exception {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    double[][] values = new double[ticks][COLUMNS.size()];
    double compute = 1000 + 100 * rng.nextDouble();
    double share = rng.nextDouble();
    List<SimEvent> events = new ArrayList<>();
    List<PurchaseRow> purchases = new ArrayList<>();
    List<String> dates = dates(ticks);
    for (int t = 0; t < ticks; t++) {
      compute *= 1 + drift + 0.05 * (rng.nextDouble() - 0.4);
      share = Math.min(1, Math.max(0, share + 0.02 * (rng.nextDouble() - 0.5)));
      values[t][0] = compute;
      values[t][1] = share;
      values[t][2] = rng.nextInt(100);
      purchases.add(new PurchaseRow(t, dates.get(t), "incumbent", "h20", "licensed", t + 1, 0.25));
      if (t % 2 == 0) {
        purchases.add(new PurchaseRow(t, dates.get(t), "startup", "910b", "domestic", 3, 0.1));
      }
      if (rng.nextDouble() < 0.1) {
        events.add(
            SimEvent.of("investment", "fund-" + rng.nextInt(3), "x, \"y\"")
                .with("firm-" + t % 5)
                .units(t)
                .usdM(0.5)
                .at(t, dates.get(t)));
      }
    }
    if (maxSleepMs > 0) {
      Thread.sleep(ThreadLocalRandom.current().nextInt(maxSleepMs + 1));
    }
    return new RunResult(
        "fake",
        seed,
        new MetricsTable(COLUMNS, dates, values),
        events,
        List.of(new AgentRow("a", "startup", Map.of("cash_usd_m", compute))),
        purchases);
  }
}
