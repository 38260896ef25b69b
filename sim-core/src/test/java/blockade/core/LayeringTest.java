package blockade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CONVENTIONS §1 and issue 8: the packages of sim-core form layers (config, random, policy, ledger
 * and observe at the bottom; market on them; engine above; record and checkpoint on top), so no
 * package depends back on one that depends on it; and no GUI toolkit outside the gui module (the
 * one exception is sim-experiment's PNG chart writer, which draws off-screen in headless mode).
 */
class LayeringTest {
  private static final List<String> AWT_ALLOWED =
      List.of("sim-experiment/src/main/java/blockade/experiment/output/Charts.java");

  /**
   * A reference to a class of another package: an import (static or not) or a qualified name in
   * code.
   */
  private static final Pattern REF =
      Pattern.compile("\\b(blockade\\.core\\.[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  private static Path root() {
    return Path.of(System.getProperty("blockade.root", ".."));
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Package → packages its main sources refer to (same-package uses need no import and are not
   * edges).
   */
  static Map<String, Set<String>> packageGraph(Path src) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Path f : javaFiles(src)) {
      String text = read(f);
      Matcher pm = Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(text);
      if (!pm.find()) {
        continue;
      }
      String pkg = pm.group(1);
      Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
      // comments do not count: javadoc may name a class of any layer
      String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
      Matcher m = REF.matcher(code);
      while (m.find()) {
        if (!m.group(1).equals(pkg)) {
          deps.add(m.group(1));
        }
      }
    }
    return graph;
  }

  /** Every cycle found, each as "a -> b -> ... -> a" (one per strongly connected component). */
  static List<String> cycles(Map<String, Set<String>> graph) {
    List<String> out = new ArrayList<>();
    Set<String> reported = new TreeSet<>();
    for (String start : graph.keySet()) {
      if (reported.contains(start)) {
        continue;
      }
      List<String> path = findPath(graph, start, start, new ArrayList<>(), new TreeSet<>());
      if (path != null) {
        reported.addAll(path);
        out.add(String.join(" -> ", path));
      }
    }
    return out;
  }

  /** A path from {@code from} back to {@code target} (depth first), or null. */
  private static List<String> findPath(
      Map<String, Set<String>> g, String from, String target, List<String> path, Set<String> seen) {
    path.add(from);
    for (String next : g.getOrDefault(from, Set.of())) {
      if (next.equals(target)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(target);
        return cycle;
      }
      if (seen.add(next)) {
        List<String> found = findPath(g, next, target, path, seen);
        if (found != null) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    return null;
  }

  @Test
  void simCorePackages_haveNoCycles() {
    Map<String, Set<String>> graph = packageGraph(root().resolve("sim-core/src/main/java"));
    assertTrue(graph.containsKey("blockade.core.engine"), "sources not found: " + graph.keySet());
    assertEquals(List.of(), cycles(graph), "package cycles in sim-core; dependencies: " + graph);
  }

  @Test
  void observeAndMarket_stayBelowTheEngine() {
    Map<String, Set<String>> graph = packageGraph(root().resolve("sim-core/src/main/java"));
    for (String low :
        List.of(
            "blockade.core.observe",
            "blockade.core.ledger",
            "blockade.core.random",
            "blockade.core.config")) {
      assertEquals(
          Set.of(),
          without(graph.get(low), "blockade.core.config"),
          low + " depends on " + graph.get(low));
    }
    assertEquals(
        Set.of("blockade.core.config", "blockade.core.ledger", "blockade.core.observe"),
        graph.get("blockade.core.market"),
        "market depends only on config, ledger and observe");
  }

  private static Set<String> without(Set<String> s, String x) {
    Set<String> out = new TreeSet<>(s);
    out.remove(x);
    return out;
  }

  @Test
  void cycleFinder_printsTheCycle() {
    Map<String, Set<String>> g = new TreeMap<>();
    g.put("a", Set.of("b"));
    g.put("b", Set.of("c"));
    g.put("c", Set.of("a"));
    g.put("d", Set.of("a"));
    assertEquals(List.of("a -> b -> c -> a"), cycles(g));
  }

  @Test
  void noSwingOrAwt_outsideTheGuiModule() {
    List<String> offenders = new ArrayList<>();
    for (String module : List.of("sim-core", "sim-agents", "sim-experiment")) {
      for (Path p : javaFiles(root().resolve(module + "/src/main/java"))) {
        String s = read(p);
        boolean allowed =
            AWT_ALLOWED.stream().anyMatch(a -> p.toString().replace('\\', '/').endsWith(a));
        if (!allowed && (s.contains("java.awt.") || s.contains("javax.swing"))) {
          offenders.add(p.toString());
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  /**
   * Issue 8: agents and engine stay readable; no main source file of sim-core or sim-agents is over
   * 400 lines.
   */
  @Test
  void noMainFileOver400Lines() {
    List<String> tooLong = new ArrayList<>();
    for (String module : List.of("sim-core", "sim-agents")) {
      for (Path p : javaFiles(root().resolve(module + "/src/main/java"))) {
        long lines = read(p).lines().count();
        if (lines > 400) {
          tooLong.add(p + " (" + lines + " lines)");
        }
      }
    }
    assertEquals(List.of(), tooLong);
  }
}
