package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.engine.Port;

/**
 * How a firm is financed beyond its own revenue: incumbents get a monthly AI budget from the parent
 * business; startups raise rounds when runway is short and fail when cash runs out. Chosen per kind
 * by the scenario builder (strategy object).
 */
public interface Finance extends java.io.Serializable {
  /** Money in this month (before costs), called in OPERATE. */
  void fund(FirmAgent firm, BuyerPort world);

  /**
   * Whether the firm has failed after paying this month's costs. Decides only: reads the firm and
   * the ledger, changes nothing; the engine carries the exit out ({@code World.exit}).
   */
  boolean failed(FirmAgent firm, Port world);
}
