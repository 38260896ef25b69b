package blockade.agents.supplier;

import blockade.agents.firm.MonthPath;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import blockade.core.market.AuctionResult;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.ExchangeParticipant;
import blockade.core.market.PurchaseChannel;
import blockade.core.market.Side;
import blockade.core.observe.EventTypes;
import java.util.EnumSet;
import java.util.Map;

/**
 * Foreign clouds renting US chips to Chinese firms (DESIGN §2.1): each month, while the export
 * regime leaves remote access open, they offer their capacity for Chinese renters on the monthly
 * compute auction at the cloud price plus a premium. Rented compute trains only (as all rented
 * compute does). The channel opens and closes with the regime's rules (e.g. the 2025-01 diffusion
 * rule and its rescission), with an event at each change.
 */
public final class RemoteCloudAgent extends BaseAgent implements ExchangeParticipant {
  public static final String ID = "remote-cloud";

  /** purchases.csv: buyer kind and "SKU" of remote rentals (H100e-months, all renters). */
  static final String RENTERS = "renters";

  static final String H100E_MONTH = "h100e-month";
  private final RemoteAccessConfig cfg;
  private final MonthPath capacity;
  private double offered;
  private double rented;
  private double rentedTotal;
  private boolean open = true;

  public RemoteCloudAgent(RemoteAccessConfig cfg) {
    super(ID, "remote-cloud", EnumSet.of(Phase.DECIDE));
    this.cfg = cfg;
    this.capacity = new MonthPath(cfg.capacityH100e());
  }

  /** Price it asks of Chinese renters, USD per H100e-month. */
  double askUsd() {
    return cfg.priceUsdPerH100eMonth() * (1 + cfg.premiumShare());
  }

  @Override
  public void step(Phase phase, World w) {
    rented = 0;
    offered = 0;
    boolean nowOpen = cfg.enabled() && w.regime().at(w.tick()).remoteAccessOpen();
    if (nowOpen != open) {
      w.event(
          EventTypes.POLICY_CHANGE,
          ID,
          nowOpen ? "remote access to US chips reopened" : "remote access to US chips closed");
      open = nowOpen;
    }
    if (!nowOpen) {
      return;
    }
    offered = capacity.at(w.calendar().month(w.tick()));
    if (offered > 0) {
      w.exchange().post(new ExchangeOrder(ID, Side.ASK, offered, askUsd(), false, 0));
    }
  }

  @Override
  public void onFill(AuctionResult.Fill fill) {
    if (fill.side() == Side.ASK) {
      rented += fill.quantity();
      rentedTotal += fill.quantity();
      World w = world();
      if (w != null) {
        // the auction is anonymous: rentals are recorded for all renters together, by H100e-month
        w.purchases()
            .record(
                w.tick(),
                w.date(),
                RENTERS,
                H100E_MONTH,
                PurchaseChannel.REMOTE,
                fill.quantity(),
                fill.grossUsd() / 1e6);
      }
    }
  }

  // ---------------------------------------------------------------- inspector properties

  /** H100e-months rented to Chinese firms this month. */
  public double getRentedH100e() {
    return rented;
  }

  /** H100e-months offered this month (0 while the channel is closed). */
  public double getOfferedH100e() {
    return offered;
  }

  public double getRentedTotalH100eMonths() {
    return rentedTotal;
  }

  public boolean isOpen() {
    return open;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("rented_h100e", rented);
    f.put("rented_total_h100e_months", rentedTotal);
    f.put("open", open);
    f.put("cash_usd_m", w.ledger().balance(id));
  }
}
