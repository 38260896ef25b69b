package blockade.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws an agent node: a disc sized by deployed compute (log scale), filled by chip mix (blue all
 * US chips, red all domestic, grey without a fleet), ringed in its group's colour; startups that
 * left the market fade out over a year; highlighted nodes get a thick outer ring. Agents other than
 * startups are labelled with their id.
 */
public final class NodePortrayal extends SimplePortrayal2D {
  private static final long serialVersionUID = 1L;

  static final Color US = new Color(45, 110, 220);
  static final Color DOMESTIC = new Color(215, 50, 40);
  static final Color NO_FLEET = new Color(205, 205, 205);
  static final Color HIGHLIGHT = new Color(255, 0, 120);

  private final java.util.function.IntSupplier month;

  /**
   * @param month the current month index (for fading startups that exited)
   */
  public NodePortrayal(java.util.function.IntSupplier month) {
    this.month = month;
  }

  /** Diameter in field units. */
  static double diameter(AgentNode n) {
    return switch (n.group()) {
      case STARTUP -> 1.2 + 0.9 * Math.log10(1 + n.h100e / 500);
      case INCUMBENT -> 2.5 + 1.3 * Math.log10(1 + n.h100e / 1000);
      default -> 3.4 + (n.h100e > 0 ? 0.8 * Math.log10(1 + n.h100e / 1000) : 0);
    };
  }

  static Color fill(AgentNode n) {
    if (Double.isNaN(n.usShare)) {
      return NO_FLEET;
    }
    double u = n.usShare;
    return new Color(
        (int) Math.round(DOMESTIC.getRed() * (1 - u) + US.getRed() * u),
        (int) Math.round(DOMESTIC.getGreen() * (1 - u) + US.getGreen() * u),
        (int) Math.round(DOMESTIC.getBlue() * (1 - u) + US.getBlue() * u));
  }

  private double alpha(AgentNode n) {
    if (n.active || n.exitTick < 0) {
      return 1;
    }
    return Math.max(0.12, 1 - (month.getAsInt() - n.exitTick) / 12.0);
  }

  private static Rectangle2D.Double box(AgentNode n, DrawInfo2D info) {
    double d = diameter(n);
    double w = d * info.draw.width;
    double h = d * info.draw.height;
    return new Rectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    AgentNode n = (AgentNode) object;
    Rectangle2D.Double b = box(n, info);
    float a = (float) alpha(n);
    java.awt.Composite old = g.getComposite();
    g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, a));
    Ellipse2D.Double disc = new Ellipse2D.Double(b.x, b.y, b.width, b.height);
    g.setColor(fill(n));
    g.fill(disc);
    float ring = (float) Math.max(1.5, info.draw.width * 0.35);
    g.setStroke(new BasicStroke(ring));
    g.setColor(n.group().ring());
    g.draw(disc);
    if (n.highlighted || info.selected) {
      g.setStroke(new BasicStroke(ring * 2));
      g.setColor(HIGHLIGHT);
      double pad = ring * 2;
      g.draw(new Ellipse2D.Double(b.x - pad, b.y - pad, b.width + 2 * pad, b.height + 2 * pad));
    }
    if (n.group() != NodeGroup.STARTUP) {
      float size = (float) Math.max(9, Math.min(14, info.draw.height * 1.5));
      g.setFont(g.getFont().deriveFont(Font.PLAIN, size));
      g.setColor(Color.DARK_GRAY);
      g.drawString(n.id(), (float) (b.x), (float) (b.y + b.height + size));
    }
    g.setComposite(old);
  }

  @Override
  public boolean hitObject(Object object, DrawInfo2D range) {
    AgentNode n = (AgentNode) object;
    Rectangle2D.Double b = box(n, range);
    return new Ellipse2D.Double(b.x, b.y, b.width, b.height).intersects(range.clip);
  }

  @Override
  public String getName(sim.portrayal.LocationWrapper wrapper) {
    AgentNode n = (AgentNode) wrapper.getObject();
    return n.id() + " (" + n.group().label() + ")";
  }
}
