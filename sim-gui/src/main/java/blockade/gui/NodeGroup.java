package blockade.gui;

import java.awt.Color;

/** The kinds of node the market network shows, each with its ring colour in the display. */
public enum NodeGroup {
  SUPPLIER("suppliers", new Color(230, 130, 0)),
  INCUMBENT("incumbents", new Color(20, 20, 20)),
  STARTUP("startups", new Color(0, 150, 150)),
  FUND("funds", new Color(30, 140, 40)),
  REGULATOR("regulators", new Color(170, 0, 170)),
  EXCHANGE("exchange and markets", new Color(200, 170, 0));

  private final String label;
  private final Color ring;

  NodeGroup(String label, Color ring) {
    this.label = label;
    this.ring = ring;
  }

  public String label() {
    return label;
  }

  public Color ring() {
    return ring;
  }

  /** The group of an agent kind (as {@code Agent.kind()} names it). */
  public static NodeGroup of(String kind) {
    return switch (kind) {
      case "incumbent" -> INCUMBENT;
      case "startup" -> STARTUP;
      case "state-fund", "venture-capital", "compute-network" -> FUND;
      case "us-regulator", "china-policy" -> REGULATOR;
      case "services-market", "talent-market", "exchange" -> EXCHANGE;
      default -> SUPPLIER;
    };
  }
}
