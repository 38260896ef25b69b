package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot command under a display (Xvfb in CI): a real picture of every kind of node. */
class SnapshotTest {
  @TempDir Path dir;

  @Test
  void snapshotAfter36Months_isNotBlank_andShowsEveryKindOfNode() throws Exception {
    GuiFixtures.assumeDisplay();
    Path png = dir.resolve("gui.png");
    GuiLauncher.snapshot(GuiFixtures.baseline(), 1, 36, png);
    BufferedImage img = ImageIO.read(png.toFile());
    assertTrue(img.getWidth() >= 1200 && img.getHeight() >= 900, "size");

    Set<Integer> colours = new HashSet<>();
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        double lum = ((rgb >> 16) & 255) * 0.3 + ((rgb >> 8) & 255) * 0.59 + (rgb & 255) * 0.11;
        sum += lum;
        sq += lum * lum;
        n++;
      }
    }
    double variance = sq / n - (sum / n) * (sum / n);
    assertTrue(variance > 200, "pixel variance " + variance);
    assertTrue(colours.size() > 50, "distinct colours " + colours.size());

    // every group's ring colour appears in the network area (above the legend)
    Set<Integer> network = new HashSet<>();
    for (int y = Snapshot.TOP; y < Snapshot.TOP + Snapshot.NET_H; y++) {
      for (int x = 0; x < Snapshot.NET_W; x++) {
        network.add(img.getRGB(x, y) & 0xffffff);
      }
    }
    for (NodeGroup g : NodeGroup.values()) {
      assertTrue(network.contains(g.ring().getRGB() & 0xffffff), "a node of " + g.label());
    }
    for (FlowKind k : new FlowKind[] {FlowKind.US_CHIPS, FlowKind.COMPUTE}) {
      assertTrue(network.contains(k.color().getRGB() & 0xffffff), "an edge of " + k.label());
    }
  }

  @Test
  void snapshot_neverOverwritesAFile() throws Exception {
    GuiFixtures.assumeDisplay();
    Path png = dir.resolve("taken.png");
    Files.writeString(png, "someone else's");
    assertThrows(
        java.nio.file.FileAlreadyExistsException.class,
        () -> GuiLauncher.snapshot(GuiFixtures.baseline(), 1, 2, png));
    assertTrue(Files.readString(png).equals("someone else's"));
    try (var s = Files.list(dir)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".snapshot-")));
    }
  }
}
