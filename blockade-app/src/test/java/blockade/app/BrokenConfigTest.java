package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad config gives exit code 2, one line per problem naming file, line, key path and
 * rule, no stack trace, and nothing written (DESIGN §5; issue 2, item 4).
 */
class BrokenConfigTest {
  /** {@code file:line: message} or {@code file: message} ({@code --set} has no line). */
  static final Pattern PROBLEM_LINE = Pattern.compile("^[^:]+(:\\d+)?: .+");

  /**
   * One broken input.
   *
   * @param file the config file (under broken/ unless it is the small scenario)
   * @param sets {@code --set} overrides
   * @param expected texts that must each appear in one stderr line
   * @param lines how many problem lines
   */
  record Case(String name, Path file, List<String> sets, List<String> expected, int lines) {
    @Override
    public String toString() {
      return name;
    }

    boolean fileOnly() {
      return sets.isEmpty();
    }
  }

  static String b(String name) {
    return Cli.BROKEN.resolve(name).toString();
  }

  static Case file(String name, int lines, String... expected) {
    return new Case(name, Cli.BROKEN.resolve(name), List.of(), List.of(expected), lines);
  }

  static Case set(String name, String set, String... expected) {
    return new Case(name, Cli.SMALL, List.of(set), List.of(expected), 1);
  }

  static Stream<Case> cases() {
    return Stream.of(
        file("malformed-yaml.yaml", 1, b("malformed-yaml.yaml") + ":6: YAML syntax error: "),
        file(
            "wrong-type.yaml",
            1,
            b("wrong-type.yaml") + ":3: energy.capacityMw must be a number, got lots"),
        file(
            "negative-count.yaml",
            1,
            b("negative-count.yaml") + ":4: startups.population.count must be ≥ 0, got -3"),
        file(
            "share-above-one.yaml",
            1,
            b("share-above-one.yaml") + ":2: secondaryMarketPriceShare must be ≤ 1, got 1.5"),
        file(
            "unknown-key.yaml",
            1,
            b("unknown-key.yaml")
                + ":3: exchange.feeRate is not a valid"
                + " key; valid keys: enabled, feeShare, idleOfferShare, reserveMarkup"),
        file(
            "missing-required.yaml",
            1,
            b("missing-required.yaml") + ":3: frontier.usLargestRun is required"),
        file(
            "missing-parent.yaml",
            1,
            b("missing-parent.yaml")
                + ":1: extends cannot read "
                + b("no-such-base.yaml")
                + ": no such file"),
        file(
            "cycle-a.yaml",
            1,
            b("cycle-b.yaml")
                + ":1: extends forms a cycle: "
                + b("cycle-a.yaml")
                + " -> "
                + b("cycle-b.yaml")
                + " -> "
                + b("cycle-a.yaml")),
        file(
            "bad-date.yaml", 1, b("bad-date.yaml") + ":2: end must be a date YYYY-MM, got 2024-13"),
        file(
            "bad-enum.yaml",
            1,
            b("bad-enum.yaml") + ":4: skus.h20.origin must be one of: us, domestic, got china"),
        file(
            "unknown-sku.yaml",
            1,
            b("unknown-sku.yaml")
                + ":5: usControls.rules.oct-2023"
                + ".banSkus[1] must name a SKU in skus; valid: h800, h20, ascend-910b, got h100"),
        file(
            "effective-before-announce.yaml",
            1,
            b("effective-before-announce.yaml")
                + ":6: usControls.rules.oct-2023.effective must not be before announce 2023-10,"
                + " got 2023-09"),
        file(
            "duplicate-key.yaml",
            1,
            b("duplicate-key.yaml") + ":5: greyMarket.premiumShare is given twice"),
        file(
            "not-a-mapping.yaml",
            1,
            b("not-a-mapping.yaml") + ":2: energy must be a mapping, got 2000"),
        file(
            "not-an-integer.yaml",
            1,
            b("not-an-integer.yaml") + ":4: startups.population.count must be an integer, got 2.5"),
        file(
            "unknown-vendor.yaml",
            1,
            b("unknown-vendor.yaml")
                + ":4: skus.h20.vendor must name a supplier in usSuppliers, got amd"),
        file(
            "end-before-start.yaml",
            1,
            b("end-before-start.yaml") + ":3: end must not be before start 2024-01, got 2023-06"),
        file(
            "bad-id.yaml",
            1,
            b("bad-id.yaml")
                + ":4: incumbents.firms.Gamma Corp is not a valid"
                + " id (use lower-case letters, digits, '-', '_', '.'), got Gamma Corp"),
        file(
            "fund-weights-zero.yaml",
            1,
            b("fund-weights-zero.yaml")
                + ":3: funds.big-fund needs a weight above 0 in startupEquity, incumbentCoinvest,"),
        file(
            "alias.yaml",
            1,
            b("alias.yaml")
                + ":5: greyMarket.unitsPerMonth uses a YAML alias (*mw), which is not supported"),
        file(
            "several-problems.yaml",
            4,
            b("several-problems.yaml") + ":4: energy.growthPerYear must be ≥ 0, got -0.1",
            b("several-problems.yaml") + ":6: greyMarket.premiumShare must be a number, got lots",
            b("several-problems.yaml")
                + ":10: incumbents.firms.alpha.cashUsd is not a valid key;"
                + " did you mean cashUsdM? valid keys: cashUsdM, aiCapexUsdMPerYear",
            b("several-problems.yaml") + ":12: usControls.initialEnforcement must be ≤ 1, got 2"),
        file(
            "empty.yaml",
            11,
            b("empty.yaml") + ":1: name is required",
            b("empty.yaml") + ":1: skus is required",
            b("empty.yaml") + ":1: usControls is required"),
        file(
            "extends-passwd.yaml",
            1,
            b("extends-passwd.yaml")
                + ":2: extends /etc/passwd is not a .yaml file (extends must name another scenario"
                + " file)"),
        file(
            "extends-list.yaml",
            1,
            b("extends-list.yaml")
                + ":2: extends "
                + Path.of(b("list-parent.yaml"))
                + " is not a YAML mapping of config keys but a list,"
                + " so it cannot be extended"),
        file(
            "start-too-early.yaml",
            1,
            b("start-too-early.yaml")
                + ":3: start must not be"
                + " before 2015-01 (earliest supported start: the catalogue, prices and rules describe"
                + " the market from the late 2010s on), got 1999-01"),
        file(
            "horizon-too-long.yaml",
            1,
            b("horizon-too-long.yaml")
                + ":3: end must not be after"
                + " 2072-12, 600 months from start 2023-01 (longest supported horizon, 50 years: run"
                + " time and memory grow with it), got 2198-12"),
        file(
            "too-many-startups.yaml",
            1,
            b("too-many-startups.yaml")
                + ":4:"
                + " startups.population.count must be ≤ 1100000 (sanity limit: each startup is an agent"
                + " with its own state, fleet and random stream, so memory grows with the count), got"
                + " 10000000"),
        new Case(
            "no-such-file.yaml",
            Cli.BROKEN.resolve("no-such-file.yaml"),
            List.of(),
            List.of(
                b("no-such-file.yaml")
                    + ": cannot read "
                    + b("no-such-file.yaml")
                    + ": no such file"),
            1),
        set(
            "set-unknown-key",
            "energy.capacityMWW=5",
            "--set: energy.capacityMWW is not a valid key; did you mean capacityMw? valid keys:"
                + " capacityMw, growthPerYear"),
        set(
            "set-empty-value",
            "energy.capacityMw=",
            "--set: energy.capacityMw is required, but --set gave it an empty value"),
        set(
            "set-malformed-path",
            "energy..capacityMw=5",
            "--set: energy..capacityMw=5 is not of the form path.to.key=value"),
        set(
            "set-no-equals",
            "energy.capacityMw",
            "--set: energy.capacityMw is not of the form path.to.key=value"),
        set(
            "set-index-out-of-range",
            "usControls.rules.oct-2023.banSkus[3]=h20",
            "--set: usControls.rules.oct-2023.banSkus[3] does not exist: the list has 1 elements"),
        set(
            "set-wrong-type",
            "energy.capacityMw=abc",
            "--set: energy.capacityMw must be a number, got abc"),
        set(
            "set-out-of-range",
            "startups.population.count=-1",
            "--set: startups.population.count must be ≥ 0, got -1"),
        set(
            "set-start-too-early", "start=1999-01",
            "--set: start must not be before 2015-01 (earliest supported start", "got 1999-01"),
        set(
            "set-end-2200",
            "end=2200-01",
            "--set: end must not be after 2072-12, 600 months from"
                + " start 2023-01 (longest supported horizon, 50 years",
            "got 2200-01"),
        set(
            "set-ten-million-startups",
            "startups.population.count=10000000",
            "--set: startups.population.count must be ≤ 1100000 (sanity limit: each startup is an"
                + " agent",
            "memory",
            "got 10000000"),
        set(
            "set-huge-number",
            "economy.aiRevenueTarget2030UsdBn=1e308",
            "--set: economy.aiRevenueTarget2030UsdBn must be finite and at most 1e15 in magnitude"
                + " (sanity limit for every config number",
            "got 1e308"),
        set(
            "set-frontier-dates-out-of-order",
            "frontier.usLargestRun[1].date=2022-01",
            "--set: frontier.usLargestRun[1].date must be after the previous point's date 2023-03",
            "got 2022-01"),
        set(
            "set-frontier-shrinks",
            "frontier.usLargestRun[1].log10Flop=25",
            "--set: frontier.usLargestRun[1].log10Flop must not be below the previous point's 25.3",
            "got 25"),
        set(
            "set-frontier-one-point", "frontier.usLargestRun=[{date: 2023-03, log10Flop: 25.3}]",
            "--set: frontier.usLargestRun needs at least 2 points", "got 1"),
        set(
            "set-infinite-number", "energy.capacityMw=1e400",
            "--set: energy.capacityMw must be finite and at most 1e15 in magnitude", "got 1e400"),
        set(
            "set-huge-entry-rate", "startups.venture.entriesPerUsdBn=1e6",
            "--set: startups.venture would found about", "that is over 1100000 (sanity limit"),
        set("set-bad-yaml", "name=[unclosed", "--set: name is not valid YAML: ", "got [unclosed"),
        set(
            "set-unknown-sku", "usControls.rules.oct-2023.banSkus[0]=h999",
            "usControls.rules.oct-2023.banSkus[0] must name a SKU in skus", "got h999"));
  }

  @ParameterizedTest(name = "run {0}")
  @MethodSource("cases")
  void run_brokenConfig_exits2_oneLinePerProblem_writesNothing(Case c, @TempDir Path tmp) {
    Path out = tmp.resolve("out");
    List<String> args =
        new ArrayList<>(List.of("run", c.file().toString(), "--out", out.toString()));
    c.sets()
        .forEach(
            s -> {
              args.add("--set");
              args.add(s);
            });
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertProblems(c, r);
    assertTrue(r.out().isEmpty(), r::toString);
    assertFalse(Files.exists(out), "nothing may be written for a bad config");
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "no temporary output either");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Case> fileCases() {
    return cases().filter(Case::fileOnly);
  }

  @ParameterizedTest(name = "validate {0}")
  @MethodSource("fileCases")
  void validate_brokenFile_exits2_oneLinePerProblem(Case c) {
    Cli.Result r = Cli.run("validate", c.file().toString());
    assertProblems(c, r);
    assertFalse(r.out().contains("OK"), r::toString);
  }

  @Test
  void validate_goodAndBadFiles_reportsBoth_exits2() {
    Cli.Result r = Cli.run("validate", Cli.SMALL.toString(), b("wrong-type.yaml"));
    assertEquals(2, r.code(), r::toString);
    assertEquals(List.of("OK " + Cli.SMALL), r.outLines());
    assertEquals(
        List.of(b("wrong-type.yaml") + ":3: energy.capacityMw must be a number, got lots"),
        r.errLines());
  }

  @Test
  void validate_bothFilesOfACycle_reportsEachProblemOnce() {
    Cli.Result r = Cli.run("validate", b("cycle-a.yaml"), b("cycle-b.yaml"));
    assertEquals(2, r.code(), r::toString);
    assertEquals(2, r.errLines().size(), r::toString);
    assertEquals(r.errLines().size(), r.errLines().stream().distinct().count(), r::toString);
  }

  /** Runs {@code run FILE --out tmp/out [args]} and checks exit 2, one line, nothing written. */
  private static String refusedOneLine(Path file, Path tmp, String... more) throws Exception {
    Path out = tmp.resolve("out");
    List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(2, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertFalse(Files.exists(out), "nothing may be written for a bad config");
    try (Stream<Path> left = Files.list(out.getParent())) {
      assertEquals(
          List.of(),
          left.filter(p -> p.getFileName().toString().startsWith("out")).toList(),
          "no temporary output either");
    }
    return r.errLines().get(0);
  }

  @Test
  void run_sixteenMegabyteSingleLineFile_refusedForSizeBeforeParsing(@TempDir Path tmp)
      throws Exception {
    Path big = tmp.resolve("in/big.yaml");
    Files.createDirectories(big.getParent());
    try (java.io.Writer w = Files.newBufferedWriter(big)) {
      w.write("extends: " + Cli.SMALL.toAbsolutePath() + "\nname: \"");
      char[] chunk = new char[1 << 16];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 256; i++) {
        w.write(chunk);
      }
      w.write("\"\n");
    }
    assertEquals(
        big
            + ": file is "
            + Files.size(big)
            + " bytes, over the limit of 1048576 bytes"
            + " (1 MiB) for a config file; refused before parsing",
        refusedOneLine(big, tmp));
  }

  @Test
  void run_overlongLine_refusedNamingLineAndLimit(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("long.yaml");
    Files.writeString(
        f,
        "extends: "
            + Cli.SMALL.toAbsolutePath()
            + "\ndescription: \""
            + "d".repeat(200_000)
            + "\"\n");
    assertEquals(
        f
            + ":2: line is 200015 characters long, over the limit of 10000 characters per"
            + " line; refused before parsing (YAML parsing time grows with the square of a line's"
            + " length)",
        refusedOneLine(f, tmp));
  }

  @Test
  void run_overlongSetValue_refusedNamingLimit(@TempDir Path tmp) throws Exception {
    assertEquals(
        "--set: description value is 100000 characters long, over the limit of 10000"
            + " characters for a --set value",
        refusedOneLine(Cli.SMALL, tmp, "--set", "description=" + "d".repeat(100_000)));
  }

  @Test
  void brokenSuite_hasAtLeast15Files() throws Exception {
    try (Stream<Path> files = Files.list(Cli.BROKEN)) {
      assertTrue(files.filter(f -> f.toString().endsWith(".yaml")).count() >= 15);
    }
  }

  static void assertProblems(Case c, Cli.Result r) {
    assertEquals(2, r.code(), r::toString);
    List<String> lines = r.errLines();
    assertEquals(c.lines(), lines.size(), () -> "problem lines\n" + r);
    for (String line : lines) {
      assertTrue(PROBLEM_LINE.matcher(line).matches(), () -> "not a problem line: " + line);
    }
    for (String e : c.expected()) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(e)), () -> "missing: " + e + "\n" + r);
    }
    String all = r.out() + r.err();
    assertFalse(all.contains("Exception"), r::toString);
    assertFalse(all.contains("\tat "), r::toString);
  }
}
