package blockade.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --checkpoint-at} and {@code run --from}: byte-identical outputs, clear refusals (issue
 * 8).
 */
class CheckpointCliTest {
  private static final List<String> OUTPUTS =
      List.of("metrics.csv", "events.csv", "agents.csv", "purchases.csv");
  private static final List<String> DATES = List.of("2023-02", "2023-11", "2024-12");

  @TempDir Path tmp;

  private Path plainRun() {
    Path out = tmp.resolve("plain");
    Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--seed", "3", "--out", out.toString());
    assertEquals(0, r.code(), r::toString);
    return out;
  }

  private Path checkpointedRun() {
    Path out = tmp.resolve("a");
    Cli.Result r =
        Cli.run(
            "run",
            Cli.SMALL.toString(),
            "--seed",
            "3",
            "--out",
            out.toString(),
            "--checkpoint-at",
            DATES.get(1),
            "--checkpoint-at",
            DATES.get(0),
            "--checkpoint-at",
            DATES.get(2));
    assertEquals(0, r.code(), r::toString);
    return out;
  }

  private static void assertSameOutputs(Path expected, Path actual) throws Exception {
    for (String f : OUTPUTS) {
      assertArrayEquals(
          Files.readAllBytes(expected.resolve(f)),
          Files.readAllBytes(actual.resolve(f)),
          actual + "/" + f);
    }
  }

  @Test
  void checkpointsAtThreeDates_leaveTheOutputs_andEachContinuesToTheSameOutputs() throws Exception {
    Path plain = plainRun();
    Path a = checkpointedRun();
    assertSameOutputs(plain, a);
    String marker = Files.readString(a.resolve(".blockade-output"));
    for (String date : DATES) {
      Path cp = a.resolve("checkpoint-" + date + ".bin");
      assertTrue(Files.size(cp) > 0, cp.toString());
      assertTrue(marker.contains("checkpoint-" + date + ".bin"), marker);
      Path b = tmp.resolve("b-" + date);
      Cli.Result r = Cli.run("run", "--from", cp.toString(), "--out", b.toString());
      assertEquals(0, r.code(), r::toString);
      assertSameOutputs(plain, b);
    }
  }

  @Test
  void aMidRunLever_changesOnlyTheMonthsAfterTheCheckpoint() throws Exception {
    Path a = checkpointedRun();
    Path b = tmp.resolve("b");
    Cli.Result r =
        Cli.run(
            "run",
            "--from",
            a.resolve("checkpoint-2023-11.bin").toString(),
            "--out",
            b.toString(),
            "--set",
            "funds.big-fund.budgetUsdM=50000");
    assertEquals(0, r.code(), r::toString);
    List<String> before = Files.readAllLines(a.resolve("metrics.csv"));
    List<String> after = Files.readAllLines(b.resolve("metrics.csv"));
    assertEquals(before.size(), after.size());
    int split = 1 + 10; // header + 2023-01..2023-10
    assertEquals(before.subList(0, split), after.subList(0, split));
    assertFalse(before.equals(after), "a 10x budget changes something after 2023-11");
  }

  @Test
  void aSetThatCannotChangeMidRun_isRefusedWithExit2_namingTheKey() throws Exception {
    Path a = checkpointedRun();
    for (String set :
        List.of("end=2025-06", "startups.population.count=9", "skus.h20.priceUsd=1")) {
      Cli.Result r =
          Cli.run(
              "run",
              "--from",
              a.resolve("checkpoint-2023-11.bin").toString(),
              "--out",
              tmp.resolve("x").toString(),
              "--set",
              set);
      assertEquals(2, r.code(), r::toString);
      String key = set.substring(0, set.indexOf('='));
      assertTrue(r.err().startsWith("error: --set " + key + " cannot change"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(Files.exists(tmp.resolve("x")));
    }
  }

  @Test
  void badCheckpointFiles_areRefusedWithExit2_andOneLine() throws Exception {
    Path a = checkpointedRun();
    byte[] good = Files.readAllBytes(a.resolve("checkpoint-2023-11.bin"));
    Path notOne = tmp.resolve("not.bin");
    Files.writeString(notOne, "name: small\n");
    Path truncated = tmp.resolve("truncated.bin");
    Files.write(truncated, Arrays.copyOf(good, good.length / 2));
    Path otherFormat = tmp.resolve("format.bin");
    byte[] patched = good.clone();
    ByteBuffer.wrap(patched).putInt("BLOCKADE-CHECKPOINT\n".length(), 99);
    Files.write(otherFormat, patched);
    Path damaged = tmp.resolve("damaged.bin");
    byte[] flipped = good.clone();
    flipped[flipped.length - 10] ^= 0x55;
    Files.write(damaged, flipped);
    Path missing = tmp.resolve("missing.bin");
    for (Path bad : List.of(notOne, truncated, otherFormat, damaged, missing)) {
      Cli.Result r = Cli.run("run", "--from", bad.toString(), "--out", tmp.resolve("x").toString());
      assertEquals(2, r.code(), bad + ": " + r);
      assertTrue(r.err().startsWith("error: " + bad), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }

  @Test
  void configAndFrom_orNeither_orSeedWithFrom_areUsageErrors() throws Exception {
    Path a = checkpointedRun();
    String cp = a.resolve("checkpoint-2023-11.bin").toString();
    assertEquals(2, Cli.run("run", "--out", tmp.resolve("x").toString()).code());
    assertEquals(
        2,
        Cli.run("run", Cli.SMALL.toString(), "--from", cp, "--out", tmp.resolve("x").toString())
            .code());
    assertEquals(
        2,
        Cli.run("run", "--from", cp, "--seed", "4", "--out", tmp.resolve("x").toString()).code());
    assertEquals(
        2,
        Cli.run(
                "run",
                Cli.SMALL.toString(),
                "--checkpoint-at",
                "2030-01",
                "--out",
                tmp.resolve("x").toString())
            .code());
    assertEquals(
        2,
        Cli.run(
                "run",
                Cli.SMALL.toString(),
                "--checkpoint-at",
                "2023-13",
                "--out",
                tmp.resolve("x").toString())
            .code());
    assertEquals(
        2,
        Cli.run(
                "run",
                "--from",
                cp,
                "--checkpoint-at",
                "2023-05",
                "--out",
                tmp.resolve("x").toString())
            .code());
  }
}
