package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario shipped in configs/ is valid (the repository root comes from surefire). */
class ShippedConfigsTest {
  static List<Path> shippedConfigs() throws Exception {
    String root = System.getProperty("blockade.root", "..");
    Path dir = Path.of(root, "configs");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void validate_everyShippedConfig_ok() throws Exception {
    List<Path> files = shippedConfigs();
    assumeFalse(files.isEmpty(), "no configs/*.yaml yet");
    Cli.Result r =
        Cli.run(
            Stream.concat(Stream.of("validate"), files.stream().map(Path::toString))
                .toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    assertEquals(files.stream().map(f -> "OK " + f).toList(), r.outLines());
  }
}
