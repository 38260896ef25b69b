package blockade.agents;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;

/** Dev tool: runs a scenario n times on one thread and prints runs per second. */
public final class Loop {
  public static void main(String[] a) throws Exception {
    var c = ConfigLoader.load(Path.of(a[0]), List.of(), ScenarioConfig.class).value();
    int n = Integer.parseInt(a[1]);
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      new ScenarioRunner(c).run(i + 1);
    }
    System.out.printf("%.2f runs/s%n", n / ((System.nanoTime() - t0) / 1e9));
  }
}
