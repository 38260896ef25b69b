package blockade.agents.firm;

import blockade.agents.talent.Staff;
import blockade.agents.talent.TalentBoard;
import blockade.core.engine.BuyerPort;

/**
 * How a firm reads what the services and talent markets settled for it in FUND: the markets post
 * results by firm and never write into a firm; the firm takes its own at the start of DECIDE.
 */
final class MarketResults {
  private MarketResults() {}

  static void read(BuyerPort w, String firm, ServicesAccount services, Staff staff) {
    for (ServicesMarketAgent m : w.agents(ServicesMarketAgent.class)) {
      services.read(m.allocationFor(firm));
    }
    for (TalentBoard b : w.agents(TalentBoard.class)) {
      staff.read(b, firm);
    }
  }
}
