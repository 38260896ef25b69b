package blockade.agents.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import blockade.core.observe.RunResult;
import blockade.experiment.output.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CONVENTIONS §8: the baseline's final metrics for seed 1 must equal the reviewed reference, so any
 * change to model behaviour is deliberate. After an intended change, regenerate with {@code mvn -pl
 * sim-agents -am test -Dtest=GoldenMasterTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dblockade.updateGolden=true} and commit the new file with the change that explains it.
 */
class GoldenMasterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-seed1-final.csv");

  static String finalMetrics(RunResult r) {
    StringBuilder b = new StringBuilder("metric,value\n");
    double[] last = r.metrics().last();
    for (int c = 0; c < last.length; c++) {
      b.append(r.metrics().columns().get(c)).append(',').append(Csv.num(last[c])).append('\n');
    }
    return b.toString();
  }

  @Test
  void baselineSeed1_finalMetrics_matchTheReviewedReference() throws IOException {
    String now = finalMetrics(Scenarios.run("baseline.yaml", 1));
    if (Boolean.getBoolean("blockade.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, now, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        now,
        "baseline behaviour changed; if intended, regenerate the golden file (see the class comment)");
  }
}
