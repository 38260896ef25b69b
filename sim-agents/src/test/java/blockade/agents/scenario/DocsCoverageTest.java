package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every config key of the scenario format is documented in docs/agents/ (docs match the code). */
class DocsCoverageTest {

  @Test
  void everyConfigKey_appearsInTheAgentDocs() throws IOException {
    Path docs = Path.of(System.getProperty("blockade.root", "..")).resolve("docs/agents");
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(docs)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        all.append(Files.readString(p));
      }
    }
    Set<String> keys = new TreeSet<>();
    collect(ScenarioConfig.class, keys, new HashSet<>());
    List<String> missing = new ArrayList<>();
    for (String k : keys) {
      if (!all.toString().contains("`" + k + "`")) {
        missing.add(k);
      }
    }
    assertEquals(List.of(), missing, "config keys without a line in docs/agents/");
  }

  private static void collect(Type t, Set<String> keys, Set<Class<?>> seen) {
    if (t instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        collect(a, keys, seen);
      }
      return;
    }
    if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        keys.add(rc.getName());
        collect(rc.getGenericType(), keys, seen);
      }
    }
  }

  @Test
  void everyMetricColumn_isExplainedInTheReadme() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("blockade.root", "..")).resolve("README.md"));
    List<String> missing = new ArrayList<>();
    for (String c : blockade.core.observe.Metrics.COLUMNS) {
      if (!readme.contains("`" + c + "`")) {
        missing.add(c);
      }
    }
    assertEquals(List.of(), missing, "metrics.csv columns the README does not explain");
  }
}
