package blockade.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  @TempDir Path tmp;

  static List<String> dates(int n) {
    List<String> d = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      int m = 9 + t; // 2022-10 is month index 9 of 2022
      d.add(String.format("%04d-%02d", 2022 + m / 12, m % 12 + 1));
    }
    return d;
  }

  static double[] ramp(int n, double scale) {
    double[] v = new double[n];
    for (int t = 0; t < n; t++) {
      v[t] = scale * (1 + t + 3 * Math.sin(t / 5.0));
    }
    return v;
  }

  private static Charts.Band band(String name, int n, double scale) {
    double[] mid = ramp(n, scale);
    double[][] q = new double[5][n];
    double[] offsets = {-2, -1, 0, 1, 2};
    for (int k = 0; k < 5; k++) {
      for (int t = 0; t < n; t++) {
        q[k][t] = mid[t] + offsets[k] * scale * (1 + t / 10.0);
      }
    }
    return new Charts.Band(name, q[0], q[1], q[2], q[3], q[4]);
  }

  private static BufferedImage read(Path png) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(Charts.WIDTH_PX, img.getWidth());
    assertEquals(Charts.HEIGHT_PX, img.getHeight());
    return img;
  }

  @Test
  void line_writesPngOfTheRightSize_andCreatesParentDirs() throws IOException {
    Path png = tmp.resolve("a/b/line.png");
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("compute_total_h100e", ramp(99, 1000));
    series.put("with gaps", ramp(99, 800));
    series.get("with gaps")[10] = Double.NaN;
    Charts.line(png, "compute — baseline, seed 1", "H100e", dates(99), series);
    BufferedImage img = read(png);
    assertEquals(0xFFFFFFFF, img.getRGB(2, 2), "white background");
  }

  @Test
  void line_sameInputsTwice_giveIdenticalBytes() throws IOException {
    Map<String, double[]> series = Map.of("x", ramp(99, 1));
    Path a = tmp.resolve("a.png");
    Path b = tmp.resolve("b.png");
    Charts.line(a, "t", "y", dates(99), series);
    Charts.line(b, "t", "y", dates(99), series);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void fan_oneAndTwoBands_drawAndAreDeterministic() throws IOException {
    Path one = tmp.resolve("fan1.png");
    Path two = tmp.resolve("fan2.png");
    Path twoAgain = tmp.resolve("fan2b.png");
    List<Charts.Band> bands = List.of(band("baseline", 99, 10), band("tight-controls", 99, 7));
    Charts.fan(one, "fan", "H100e", dates(99), bands.subList(0, 1));
    Charts.fan(two, "fan", "H100e", dates(99), bands);
    Charts.fan(twoAgain, "fan", "H100e", dates(99), bands);
    read(one);
    read(two);
    assertArrayEquals(Files.readAllBytes(two), Files.readAllBytes(twoAgain));
    assertNotEquals(
        java.util.Arrays.hashCode(Files.readAllBytes(one)),
        java.util.Arrays.hashCode(Files.readAllBytes(two)));
  }

  @Test
  void fan_bandsAreTranslucentShadesOfTheSeriesColour() throws IOException {
    // a flat band: median 5, p25–p75 = 4..6, p05–p95 = 0..10; sample pixels in each region
    int n = 24;
    double[] p05 = new double[n];
    double[] p25 = new double[n];
    double[] p50 = new double[n];
    double[] p75 = new double[n];
    double[] p95 = new double[n];
    java.util.Arrays.fill(p05, 0);
    java.util.Arrays.fill(p25, 4);
    java.util.Arrays.fill(p50, 5);
    java.util.Arrays.fill(p75, 6);
    java.util.Arrays.fill(p95, 10);
    Path png = tmp.resolve("flat.png");
    Charts.fan(png, "flat", "y", dates(n), List.of(new Charts.Band("s", p05, p25, p50, p75, p95)));
    BufferedImage img = read(png);
    int x = Charts.WIDTH_PX / 2;
    int outer = 0;
    int inner = 0;
    for (int y = 0; y < Charts.HEIGHT_PX; y++) {
      int rgb = img.getRGB(x, y) & 0xFFFFFF;
      int r = (rgb >> 16) & 0xFF;
      int b = rgb & 0xFF;
      if (b > r + 10) { // tinted towards the first palette colour (blue)
        if (r > 200) {
          outer++;
        } else if (r > 130) {
          inner++;
        }
      }
    }
    assertTrue(outer > 20, "light p05–p95 band visible, rows " + outer);
    assertTrue(inner > 5, "darker p25–p75 band visible, rows " + inner);
  }

  @Test
  void line_wrongSeriesLength_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Charts.line(tmp.resolve("x.png"), "t", "y", dates(5), Map.of("x", new double[4])));
  }

  @Test
  void line_nonCalendarDates_stillDraw() throws IOException {
    Path png = tmp.resolve("ticks.png");
    Charts.line(png, "t", "y", List.of("t0", "t1", "t2"), Map.of("x", new double[] {1, 2, 3}));
    read(png);
    Charts.line(
        tmp.resolve("single.png"), "t", "y", List.of("2025-01"), Map.of("x", new double[] {1}));
    assertTrue(Files.size(tmp.resolve("single.png")) > 0);
  }

  @Test
  void line_diskFull_messageNamesThePngAndTheCause() {
    // /dev/full fails every write with ENOSPC, as a full disk does; ImageIO alone reports only
    // "I/O error writing PNG file!"
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full on this system");
    IOException e =
        assertThrows(
            IOException.class,
            () -> Charts.line(full, "t", "y", dates(99), Map.of("x", ramp(99, 1))));
    assertTrue(e.getMessage().startsWith("cannot write chart /dev/full: "), e.getMessage());
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertFalse(e.getMessage().contains("I/O error writing PNG file!"), e.getMessage());
  }

  @Test
  void fan_parentIsAFile_messageNamesThePngAndTheCause() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Path png = file.resolve("charts/fan.png");
    IOException e =
        assertThrows(
            IOException.class,
            () -> Charts.fan(png, "t", "y", dates(24), List.of(band("a", 24, 1))));
    assertTrue(e.getMessage().startsWith("cannot write chart " + png + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(
        e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("not a directory"),
        e.getMessage());
  }
}
