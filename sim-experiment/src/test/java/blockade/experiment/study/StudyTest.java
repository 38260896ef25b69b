package blockade.experiment.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.config.ConfigException;
import blockade.core.random.RandomStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study files load with the config rules; parameters map probabilities to the right values. */
class StudyTest {
  @TempDir Path tmp;

  private Path write(String name, String yaml) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, yaml);
    return f;
  }

  private static final String HEAD = "base: scenario.yaml\nparameters:\n";

  private Study load(String params) throws Exception {
    return Study.load(write("s.yaml", HEAD + params), List.of());
  }

  @Test
  void distributions_quantilesMatchTheirDefinitions() throws Exception {
    Study s =
        load(
            """
              u: {key: a.b, source: x, min: 2, max: 4}
              lu: {key: a.c, source: x, distribution: loguniform, min: 1, max: 100}
              tri: {key: a.d, source: x, distribution: triangular, min: 0, mode: 1, max: 4}
              n: {key: a.e, source: x, distribution: normal, mean: 10, sd: 2, min: 0, max: 20}
              ln: {key: a.f, source: x, distribution: lognormal, median: 5, sigma: 0.5}
              v: {key: a.g, source: x, values: [1, 2, 3, 4]}
              i: {key: a.h, source: x, min: 0, max: 10, integer: true}
            """);
    List<Parameter> p = s.parameters();
    assertEquals(3, p.get(0).at(0.5), 1e-12);
    assertEquals(10, p.get(1).at(0.5), 1e-9, "loguniform median is the geometric mean");
    assertEquals(1, p.get(2).at(0.25), 1e-12, "triangular CDF at the mode is (c-a)/(b-a)");
    assertEquals(10, p.get(3).at(0.5), 1e-6);
    assertEquals(10 + 2 * 1.959964, p.get(3).at(Normal.cdf(1.959964)), 1e-4);
    assertEquals(5, p.get(4).at(0.5), 1e-6, "lognormal median");
    assertEquals(5 * Math.exp(0.5 * 1.644854), p.get(4).at(0.95), 1e-3);
    assertEquals(3, p.get(5).at(0.6), 0, "values: equal slices");
    assertEquals(4, p.get(5).at(1), 0);
    assertEquals(4, p.get(6).at(0.42), 0, "integer parameters round");
    assertEquals(0, p.get(3).at(0) - 0, 1e-12, "normal truncated at min");
  }

  @Test
  void draws_ownStreams_perParameterId() throws Exception {
    Study one = load("  a: {key: x.a, source: s, min: 0, max: 1}\n");
    Study two =
        load(
            "  b: {key: x.b, source: s, min: 0, max: 1}\n  a: {key: x.a, source: s, min: 0, max: 1}\n");
    for (long seed : new long[] {1, 42, -7}) {
      assertEquals(one.draw(seed)[0], two.draw(seed)[1], 0, "a's draw ignores b");
      double expected = new RandomStreams(seed).stream(Study.STREAM_PREFIX + "a").nextDouble();
      assertEquals(expected, one.draw(seed)[0], 1e-15);
    }
    assertNotEquals(one.draw(1)[0], one.draw(2)[0]);
  }

  @Test
  void problems_oneLineEach_withFileLineAndKey() throws Exception {
    Path f =
        write(
            "bad.yaml",
            HEAD
                + "  a: {key: x.a, source: s, min: 3, max: 1}\n"
                + "  b: {key: x.b, source: s, distribution: normal, min: 0, max: 1}\n"
                + "  run: {key: x.c, source: s, min: 0, max: 1}\n"
                + "  c: {key: x.d, source: s, values: []}\n"
                + "  d: {key: x.d, source: s, distribution: gaussian, min: 0, max: 1}\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Study.load(f, List.of()));
    String all = e.getMessage();
    assertTrue(all.contains("bad.yaml:3: parameters.a.max must be greater than min"), all);
    assertTrue(all.contains("bad.yaml:4: parameters.b.mean is required for a normal"), all);
    assertTrue(all.contains("bad.yaml:6: parameters.c.values must list at least one value"), all);
    assertTrue(all.contains("bad.yaml:7: parameters.d.distribution must be one of:"), all);
    for (String line : all.split("\n")) {
      assertTrue(line.startsWith(f.toString() + ":"), line);
    }
    // the whole-study rules run once every parameter binds
    Path g = write("reserved.yaml", HEAD + "  run: {key: x.c, source: s, min: 0, max: 1}\n");
    String msg = assertThrows(ConfigException.class, () -> Study.load(g, List.of())).getMessage();
    assertTrue(msg.startsWith(g + ":3: parameters.run is a reserved column name"), msg);
  }

  @Test
  void grid_everyCombination_lastFastest() throws Exception {
    Study s =
        load(
            "  a: {key: x.a, source: s, min: 0, max: 10}\n  b: {key: x.b, source: s, values: [5, 7]}\n");
    double[][] u = Designs.grid(s.parameters(), 3);
    assertEquals(6, u.length);
    double[][] v = Arrays.stream(u).map(s::at).toArray(double[][]::new);
    assertArrayEquals(new double[] {0, 5}, v[0], 1e-12);
    assertArrayEquals(new double[] {0, 7}, v[1], 1e-12);
    assertArrayEquals(new double[] {5, 5}, v[2], 1e-12);
    assertArrayEquals(new double[] {10, 7}, v[5], 1e-12);
  }

  @Test
  void latinHypercube_eachStratumOncePerDimension() {
    int n = 17;
    double[][] x = Designs.latinHypercube(n, 4, new RandomStreams(3).stream("lhs"));
    for (int j = 0; j < 4; j++) {
      boolean[] seen = new boolean[n];
      for (double[] row : x) {
        int stratum = (int) Math.floor(row[j] * n);
        assertTrue(!seen[stratum], "stratum used twice");
        seen[stratum] = true;
      }
    }
  }
}
