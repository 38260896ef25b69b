package blockade.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --fork-at}: same comparison as a full compare when the history is shared; refusals
 * otherwise.
 */
class ForkCompareTest {
  @TempDir Path tmp;

  private Cli.Result compare(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                Cli.SMALL.toString(),
                Cli.SMALL.toString(),
                "--runs",
                "3",
                "--threads",
                "2",
                "--seed",
                "5",
                "--no-charts",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void forkAt_givesTheComparisonOfAFullCompare_whenTheHistoryIsShared() throws Exception {
    String[] b = {
      "--set-b",
      "funds.big-fund.budgetUsdM=20000",
      "--set-b",
      "usControls.rules.oct-2023.severity=3"
    };
    Cli.Result full = compare(tmp.resolve("full"), b);
    assertEquals(0, full.code(), full::toString);
    List<String> forked = new ArrayList<>(List.of(b));
    forked.addAll(List.of("--fork-at", "2023-05"));
    Cli.Result fork = compare(tmp.resolve("fork"), forked.toArray(String[]::new));
    assertEquals(0, fork.code(), fork::toString);
    assertArrayEquals(
        Files.readAllBytes(tmp.resolve("full/comparison.csv")),
        Files.readAllBytes(tmp.resolve("fork/comparison.csv")));
    assertArrayEquals(
        Files.readAllBytes(tmp.resolve("full/quantiles.csv")),
        Files.readAllBytes(tmp.resolve("fork/quantiles.csv")));
  }

  @Test
  void forkAt_refusesScenariosThatDifferBeforeIt_namingTheFirstKey() {
    Cli.Result notALever =
        compare(tmp.resolve("x"), "--set-b", "startups.population.count=2", "--fork-at", "2023-05");
    assertEquals(2, notALever.code(), notALever::toString);
    assertTrue(notALever.err().contains("startups.population.count"), notALever.err());
    Cli.Result tooEarly =
        compare(
            tmp.resolve("y"), "--set-b", "funds.big-fund.budgetUsdM=20000", "--fork-at", "2023-08");
    assertEquals(2, tooEarly.code(), tooEarly::toString);
    assertTrue(
        tooEarly.err().contains("funds.big-fund.budgetUsdM: differs before 2023-08"),
        tooEarly.err());
  }
}
