package blockade.gui;

import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** Draws a month's flow as a line in its kind's colour, wider for larger values. */
public final class FlowEdgePortrayal extends SimpleEdgePortrayal2D {
  private static final long serialVersionUID = 1L;

  public FlowEdgePortrayal() {
    super(FlowKind.COMPUTE.color(), FlowKind.COMPUTE.color());
    setShape(SHAPE_LINE_ROUND_ENDS);
    setAdjustsThickness(true);
    setBaseWidth(1.0);
    setScaling(ALWAYS_SCALE);
  }

  @Override
  public void draw(Object object, Graphics2D g, DrawInfo2D info) {
    Edge e = (Edge) object;
    if (e.info instanceof Flow f) {
      fromPaint = f.kind().color();
      toPaint = f.kind().color();
    }
    super.draw(object, g, info);
  }

  @Override
  protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
    Edge e = (Edge) edge;
    return e.info instanceof Flow f ? f.width() : 0.2;
  }

  @Override
  public String getLabel(Edge edge, EdgeDrawInfo2D info) {
    return "";
  }
}
