package blockade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CONVENTIONS §1: no GUI toolkit outside the gui module. The one exception is the PNG chart
 * writer of sim-experiment, which draws off-screen with java.awt in headless mode; the engine and
 * the agents have none.
 */
class LayeringTest {
  private static final List<String> ALLOWED = List.of("sim-experiment/src/main/java/blockade/experiment/output/Charts.java");

  @Test
  void noSwingOrAwt_outsideTheGuiModule() throws IOException {
    Path root = Path.of(System.getProperty("blockade.root", ".."));
    List<String> offenders;
    try (Stream<Path> files = Stream.concat(
        Stream.concat(Files.walk(root.resolve("sim-core/src/main/java")),
            Files.walk(root.resolve("sim-agents/src/main/java"))),
        Files.walk(root.resolve("sim-experiment/src/main/java")))) {
      offenders = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> ALLOWED.stream().noneMatch(a -> p.toString().replace('\\', '/').endsWith(a)))
          .filter(p -> {
            try {
              String s = Files.readString(p);
              return s.contains("import java.awt") || s.contains("import javax.swing");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(Path::toString)
          .toList();
    }
    assertEquals(List.of(), offenders);
  }
}
