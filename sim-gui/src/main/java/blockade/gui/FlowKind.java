package blockade.gui;

import java.awt.Color;

/** The kinds of edge the market network draws for a month's flows, with their colours. */
public enum FlowKind {
  US_CHIPS("US chips delivered", new Color(45, 110, 220)),
  DOMESTIC_CHIPS("domestic chips delivered", new Color(215, 50, 40)),
  OTHER_CHIPS("grey-market or used chips", new Color(120, 120, 120)),
  COMPUTE("compute traded on the exchange", new Color(40, 170, 80)),
  INVESTMENT("state investment", new Color(240, 150, 0)),
  GRANT("state chip grant", new Color(250, 200, 0)),
  VENTURE("venture round or founding", new Color(150, 90, 200));

  private final String label;
  private final Color color;

  FlowKind(String label, Color color) {
    this.label = label;
    this.color = color;
  }

  public String label() {
    return label;
  }

  public Color color() {
    return color;
  }
}
