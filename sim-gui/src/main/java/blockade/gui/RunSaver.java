package blockade.gui;

import blockade.agents.scenario.ScenarioRunner;
import blockade.core.engine.BlockadeModel;
import blockade.core.observe.Metrics;
import blockade.core.observe.RunResult;
import blockade.experiment.output.RunOutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Saves the GUI's current run as a {@code run} output folder (metrics.csv, events.csv, agents.csv,
 * summary.json, charts), with the months run so far and, in summary.json, the lever edits and the
 * {@code --set} overrides that replay them headless. Uses the run command's folder rules, so it
 * never replaces a folder Blockade did not write.
 */
public final class RunSaver {
  private RunSaver() {}

  /** Writes the run so far into {@code outDir}. */
  public static void save(BlockadeGui gui, Path outDir) throws IOException {
    BlockadeModel m;
    RunResult r;
    synchronized (gui.state.schedule) {
      m = gui.model();
      r = ScenarioRunner.result(m);
    }
    ScenarioFile s = gui.scenario();
    Map<String, Object> summary = new LinkedHashMap<>();
    String version = version();
    if (version != null) {
      summary.put("version", version);
    }
    summary.put("scenario", s.config().name());
    summary.put("seed", m.masterSeed());
    summary.put("config_file", s.file().toString());
    summary.put("config_hash", s.hash());
    summary.put("saved_from", "gui");
    summary.put("sets", List.of());
    List<Map<String, Object>> levers = new ArrayList<>();
    for (LeverChange c : gui.leverChanges()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("month", c.month());
      l.put("tick", c.tick());
      l.put("lever", c.label());
      l.put("sets", c.sets());
      levers.add(l);
    }
    summary.put("levers", levers);
    summary.put("lever_sets", gui.appliedSets());
    summary.put("ticks", r.metrics().ticks());
    summary.put("start", s.config().start().toString());
    summary.put("end", s.config().end().toString());
    RunOutputWriter.write(r, outDir, summary, Metrics.KEY);
  }

  private static String version() {
    try (InputStream in = RunSaver.class.getResourceAsStream("/blockade-version.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }
}
