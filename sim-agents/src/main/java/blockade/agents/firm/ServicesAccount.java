package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.market.Location;
import java.io.Serializable;

/**
 * A firm's side of the AI-services market (DESIGN §2.9): what it quotes (capability, serving unit
 * cost, serving capacity), the market's answer (users' need, the allocation, the price), and for a
 * backed startup what its backer has paid in so far.
 */
final class ServicesAccount implements Serializable {
  private static final long serialVersionUID = 1L;

  private double userNeedH100e;
  private double allocatedH100e;
  private double priceUsdPerH100eMonth;
  private double backerPaidUsdM;

  /**
   * The firm's quote: its capability, its serving unit cost (chips' list price over their service
   * life plus energy, per effective serving H100e-month of its home chips; {@code fallbackUsd}, the
   * rental value, when it has none) and its serving capacity (what the training share leaves of its
   * home chips' effective inference), from the fleet as it stands.
   */
  static ServicesMarketAgent.Quote quote(
      BuyerPort w, CapacityView view, double capability, double trainingShare, double fallbackUsd) {
    double cost = 0;
    for (CapacityView.Line l : view.lines()) {
      if (l.location() == Location.DOMESTIC) {
        cost +=
            l.units()
                * (w.catalogue().price(l.sku().name()) / l.sku().serviceLifeMonths()
                    + w.power().monthlyCostUsd(l.sku().powerKw(), !l.sku().isUs()));
      }
    }
    double infer = view.homeInfer();
    double unitCost = infer > 0 ? cost / infer : fallbackUsd;
    return new ServicesMarketAgent.Quote(capability, unitCost, (1 - trainingShare) * infer);
  }

  /** The market's answer, in effective serving H100e and USD per H100e-month. */
  void read(ServicesMarketAgent.Allocation a) {
    if (a != null) {
      userNeedH100e = a.needH100e();
      allocatedH100e = a.allocatedH100e();
      priceUsdPerH100eMonth = a.priceUsdPerH100eMonth();
    }
  }

  /** Users' need at an uncapped share, effective serving H100e. */
  double userNeedH100e() {
    return userNeedH100e;
  }

  /** What the market allocated within the firm's capacity, effective serving H100e. */
  double allocatedH100e() {
    return allocatedH100e;
  }

  /** The firm's price, USD per effective H100e-month served. */
  double priceUsdPerH100eMonth() {
    return priceUsdPerH100eMonth;
  }

  double backerPaidUsdM() {
    return backerPaidUsdM;
  }

  void addBackerPaid(double usdM) {
    backerPaidUsdM += usdM;
  }
}
