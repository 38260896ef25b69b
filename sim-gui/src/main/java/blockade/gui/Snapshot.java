package blockade.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Renders the market network (with its legend), the live charts and the events panel of a GUI run
 * into one PNG: what {@code ./blockade gui CONFIG --ticks N --screenshot out.png} writes.
 */
public final class Snapshot {
  static final int TOP = 40;
  static final int NET_W = 900;
  static final int NET_H = 650;
  static final int LEGEND_H = 84;
  static final int SIDE_W = 760;
  static final int CHART_W = 415;
  static final int CHART_H = 260;

  private Snapshot() {}

  /** Paints everything on the Swing thread's behalf; call on the Swing thread. */
  static BufferedImage render(BlockadeGui gui) {
    int chartsPerRow = 4;
    int rows = (LiveCharts.SPECS.size() + chartsPerRow - 1) / chartsPerRow;
    int w = Math.max(NET_W + SIDE_W, chartsPerRow * CHART_W);
    int h = TOP + NET_H + LEGEND_H + rows * CHART_H;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(
        "Blockade: "
            + gui.scenario().config().name()
            + ", seed "
            + gui.model().masterSeed()
            + ", "
            + gui.levers().getDate()
            + " (month "
            + gui.model().ticksDone()
            + " of "
            + gui.model().ticks()
            + ")",
        10,
        26);

    // the display's own field portrayals, drawn over the whole field as Display2D draws them
    Graphics2D ng = (Graphics2D) g.create(0, TOP, NET_W, NET_H);
    ng.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Rectangle2D.Double all = new Rectangle2D.Double(0, 0, NET_W, NET_H);
    for (FieldPortrayal2D p : gui.portrayals()) {
      p.draw(p.getField(), ng, new DrawInfo2D(gui, p, all, all));
    }
    ng.dispose();
    Graphics2D lg = (Graphics2D) g.create(0, TOP + NET_H, NET_W, LEGEND_H);
    Legend.paintLegend(lg, NET_W);
    lg.dispose();

    EventsPanel ev = gui.eventsPanel();
    ev.setSize(SIDE_W, NET_H + LEGEND_H);
    layout(ev);
    Graphics2D eg = (Graphics2D) g.create(NET_W, TOP, SIDE_W, NET_H + LEGEND_H);
    ev.printAll(eg);
    eg.dispose();
    g.setColor(Color.LIGHT_GRAY);
    g.drawRect(NET_W, TOP, SIDE_W - 1, NET_H + LEGEND_H - 1);

    int y0 = TOP + NET_H + LEGEND_H;
    int k = 0;
    for (TimeSeriesChartGenerator c : gui.charts().generators()) {
      int x = (k % chartsPerRow) * CHART_W;
      int y = y0 + (k / chartsPerRow) * CHART_H;
      c.getChart().draw(g, new Rectangle2D.Double(x, y, CHART_W, CHART_H));
      k++;
    }
    g.dispose();
    return img;
  }

  private static void layout(java.awt.Container c) {
    c.doLayout();
    for (java.awt.Component child : c.getComponents()) {
      if (child instanceof java.awt.Container cc) {
        layout(cc);
      }
    }
  }

  /** Writes the rendering as PNG. */
  static void write(BufferedImage img, Path out) throws IOException {
    if (!ImageIO.write(img, "png", out.toFile())) {
      throw new IOException("no PNG writer");
    }
  }
}
