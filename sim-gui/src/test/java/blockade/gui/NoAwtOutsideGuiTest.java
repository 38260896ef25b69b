package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * AWT and Swing stay in sim-gui (and the off-screen chart writer of sim-experiment, with its test):
 * the model, the runners and the command line run on machines without a display.
 */
class NoAwtOutsideGuiTest {
  private static final Pattern AWT =
      Pattern.compile(
          "import\\s+(static\\s+)?(java\\.awt|javax\\.swing|javax\\.imageio)\\b"
              + "|\\b(java\\.awt|javax\\.swing|javax\\.imageio)(\\.[a-z]\\w*)*\\.[A-Z]");
  private static final Set<String> ALLOWED =
      Set.of(
          "sim-experiment/src/main/java/blockade/experiment/output/Charts.java",
          "sim-experiment/src/test/java/blockade/experiment/output/ChartsTest.java");

  static Path root() {
    return Path.of(System.getProperty("blockade.root", ".."));
  }

  @Test
  void onlyTheGuiModuleAndTheChartWriter_useAwtOrSwing() throws IOException {
    Path root = root();
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).toList()) {
        if (m.getFileName().toString().equals("sim-gui") || !Files.isDirectory(m.resolve("src"))) {
          continue;
        }
        try (Stream<Path> files = Files.walk(m.resolve("src"))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            scanned++;
            String rel = root.relativize(f).toString().replace('\\', '/');
            if (!ALLOWED.contains(rel) && AWT.matcher(Files.readString(f)).find()) {
              offenders.add(rel);
            }
          }
        }
      }
    }
    assertTrue(scanned > 100, "scanned the other modules' sources (" + scanned + " files)");
    assertEquals(List.of(), offenders, "classes outside sim-gui that use AWT/Swing/ImageIO");
  }
}
