package blockade.agents;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigLoader;
import blockade.core.observe.RunResult;
import java.nio.file.Path;
import java.util.List;

/** Dev tool: prints selected series of a scenario run. */
public final class Baseline {
  public static void main(String[] a) throws Exception {
    var loaded = ConfigLoader.load(Path.of(a[0]), List.of(), ScenarioConfig.class);
    RunResult r = new ScenarioRunner(loaded.value()).run(a.length > 1 ? Long.parseLong(a[1]) : 1);
    String[] cols = a.length > 2 ? a[2].split(",") : new String[] {"purchases_us_units", "purchases_domestic_units", "self_sufficiency"};
    System.out.print("date   ");
    for (String c : cols) System.out.printf("%14.14s", c);
    System.out.println();
    for (int t = 0; t < r.metrics().ticks(); t++) {
      System.out.print(r.metrics().dates().get(t));
      for (String c : cols) System.out.printf("%14.4g", r.metrics().get(t, c));
      System.out.println();
    }
    r.events().stream().filter(e -> !e.type().equals("investment") && !e.type().equals("funding_round") && !e.type().equals("entry")).limit(80).forEach(System.out::println);
  }
}
