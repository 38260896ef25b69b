package blockade.agents;

import blockade.agents.scenario.ScenarioConfig;
import blockade.agents.scenario.ScenarioRunner;
import blockade.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Dev tool: prints the events of a run, except the most frequent kinds. */
public final class Events {
  public static void main(String[] a) throws Exception {
    var loaded = ConfigLoader.load(Path.of(a[0]), List.of(), ScenarioConfig.class);
    var r = new ScenarioRunner(loaded.value()).run(Long.parseLong(a[1]));
    Set<String> skip = Set.of(a.length > 2 ? a[2].split(",") : new String[0]);
    r.events().stream().filter(e -> !skip.contains(e.type())).forEach(e -> System.out.println(e.date() + " " + e.type() + " " + e.agent() + " " + e.detail()));
  }
}
