package blockade.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/** The network's legend: node groups (ring colour), chip-mix fill, and the flow kinds. */
public final class Legend extends JComponent {
  private static final long serialVersionUID = 1L;

  static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  public Legend() {
    setPreferredSize(new Dimension(800, 64));
    setBackground(Color.WHITE);
    setOpaque(true);
  }

  @Override
  protected void paintComponent(Graphics g0) {
    Graphics2D g = (Graphics2D) g0;
    g.setColor(getBackground());
    g.fillRect(0, 0, getWidth(), getHeight());
    paintLegend(g, getWidth());
  }

  /** Paints the legend at the origin, laid out for a width in pixels. */
  static void paintLegend(Graphics2D g, int width) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(FONT);
    int x = 8;
    int y = 16;
    g.setColor(Color.BLACK);
    g.drawString("Nodes (ring):", x, y);
    x += 90;
    for (NodeGroup n : NodeGroup.values()) {
      g.setStroke(new BasicStroke(2.5f));
      g.setColor(NodePortrayal.NO_FLEET);
      g.fillOval(x, y - 10, 12, 12);
      g.setColor(n.ring());
      g.drawOval(x, y - 10, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(n.label(), x + 16, y);
      x += 24 + g.getFontMetrics().stringWidth(n.label());
    }
    x = 8;
    y += 20;
    g.drawString("Fill: chip mix", x, y);
    x += 90;
    for (int i = 0; i <= 4; i++) {
      AgentNode probe = new AgentNode("", NodeGroup.STARTUP, null);
      probe.usShare = i / 4.0;
      g.setColor(NodePortrayal.fill(probe));
      g.fillOval(x + i * 14, y - 10, 12, 12);
    }
    g.setColor(Color.BLACK);
    g.drawString("all domestic → all US (size: deployed compute)", x + 76, y);
    x = 8;
    y += 20;
    g.drawString("Edges:", x, y);
    x += 90;
    for (FlowKind k : FlowKind.values()) {
      g.setColor(k.color());
      g.setStroke(new BasicStroke(4f));
      g.drawLine(x, y - 4, x + 18, y - 4);
      g.setColor(Color.BLACK);
      g.drawString(k.label(), x + 22, y);
      x += 32 + g.getFontMetrics().stringWidth(k.label());
      if (x > width - 120) {
        x = 98;
        y += 18;
      }
    }
  }
}
