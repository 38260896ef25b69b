package blockade.experiment.montecarlo;

import blockade.core.observe.AgentRow;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.ReplicationRunner;
import blockade.core.observe.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Entry point of the memory test's child JVM: many replications whose results are each about 270 KB
 * (99 ticks × 20 metrics plus a 256 KB agent payload), so holding them all would need far more than
 * the child's small heap. Exits 0 when every replication succeeded.
 */
public final class McMemoryMain {
  private McMemoryMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < 20; c++) {
      columns.add("metric_" + c);
    }
    List<String> dates = FakeRunner.dates(99);
    ReplicationRunner runner =
        seed -> {
          UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
          double[][] v = new double[99][20];
          for (double[] row : v) {
            for (int c = 0; c < row.length; c++) {
              row[c] = rng.nextDouble();
            }
          }
          double[] payload = new double[32 * 1024];
          payload[0] = seed;
          return new RunResult(
              "memory",
              seed,
              new MetricsTable(columns, dates, v),
              List.of(),
              List.of(new AgentRow("big", "startup", Map.of("payload", payload))));
        };
    McResult r =
        MonteCarloRunner.run(
            runner,
            new McOptions(runs, 2, 7L, out, false, false, false, List.of(), "memory", Map.of()));
    long usedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    System.out.println("ok=" + r.ok() + " failed=" + r.failed() + " heapUsedMb=" + usedMb);
    System.exit(r.ok() == runs ? 0 : 1);
  }
}
