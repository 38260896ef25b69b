package blockade.core.market;

import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the call-auction kernel for the engine: collects orders in DECIDE, clears once in CLEAR,
 * settles money through the ledger (buyer and voucher pot pay, seller receives, fee to the
 * operator) and tells participants their fills. Voucher shares are scaled down up front if the
 * voucher pot could not cover them at the bids' limits, so settlement never overdraws.
 */
public final class ComputeExchangeService implements java.io.Serializable {
  /** Ledger account of the voucher pot that state voucher programmes fill. */
  public static final String VOUCHER_ACCOUNT = "vouchers";

  private final ExchangeConfig config;
  private final String operatorAccount;
  private final List<ExchangeOrder> orders = new ArrayList<>();
  private AuctionResult last;
  private double feeShare;

  public ComputeExchangeService(ExchangeConfig config, String operatorAccount) {
    this.config = config;
    this.operatorAccount = operatorAccount;
    this.feeShare = config.feeShare();
  }

  public ExchangeConfig config() {
    return config;
  }

  public void setFeeShare(double fee) {
    this.feeShare = fee;
  }

  public void post(ExchangeOrder order) {
    if (config.enabled() && order.quantity() > 0) {
      orders.add(order);
    }
  }

  /** The last clearing (null before the first). */
  public AuctionResult last() {
    return last;
  }

  /** Clears this tick's orders and settles them. */
  public void clear(ExchangePort port, boolean offshoreAllowed) {
    List<ExchangeOrder> book =
        capToCash(scaleVouchers(port.ledger().balance(VOUCHER_ACCOUNT)), port);
    orders.clear();
    last = CallAuctionKernel.clear(book, feeShare, offshoreAllowed);
    for (int i = 0; i < last.fills().size(); i++) {
      AuctionResult.Fill f = last.fills().get(i);
      if (f.quantity() <= 0) {
        continue;
      }
      if (f.side() == Side.BID) {
        port.ledger().transfer(f.agentId(), operatorAccount, f.payUsd() / 1e6, "compute");
        port.ledger().transfer(VOUCHER_ACCOUNT, operatorAccount, f.voucherUsd() / 1e6, "voucher");
      }
    }
    // pay sellers after collecting from buyers (the operator clears)
    for (AuctionResult.Fill f : last.fills()) {
      if (f.quantity() > 0 && f.side() == Side.ASK) {
        port.ledger().transfer(operatorAccount, f.agentId(), f.payUsd() / 1e6, "compute");
      }
    }
    for (AuctionResult.Fill f : last.fills()) {
      if (f.quantity() > 0) {
        port.event(tradeEvent(f));
      }
    }
    for (AuctionResult.Fill f : last.fills()) {
      if (f.quantity() > 0) {
        ExchangeParticipant p = port.agent(f.agentId(), ExchangeParticipant.class);
        if (p != null) {
          p.onFill(f);
        }
      }
    }
  }

  /** One {@code compute_traded} event per fill: the participant against the clearing operator. */
  private SimEvent tradeEvent(AuctionResult.Fill f) {
    boolean bought = f.side() == Side.BID;
    String detail =
        (bought ? "bought" : "sold") + (f.voucherUsd() > 0 ? ", part paid by vouchers" : "");
    return SimEvent.of(EventTypes.COMPUTE_TRADED, f.agentId(), detail)
        .with(operatorAccount)
        .units(bought ? f.quantity() : -f.quantity())
        .usdM((bought ? -f.payUsd() : f.payUsd()) / 1e6);
  }

  /**
   * A bid cannot be for more than its buyer can pay at its own limit (cash may have gone on chips).
   */
  private static List<ExchangeOrder> capToCash(List<ExchangeOrder> book, ExchangePort port) {
    List<ExchangeOrder> out = new ArrayList<>();
    for (ExchangeOrder o : book) {
      if (o.side() == Side.BID) {
        double ownPrice = o.limitPriceUsd() * (1 - o.voucherShare());
        double max =
            ownPrice > 0
                ? port.ledger().balance(o.agentId()) * 1e6 / ownPrice * (1 - 1e-9)
                : o.quantity();
        if (max < o.quantity()) {
          o =
              new ExchangeOrder(
                  o.agentId(),
                  o.side(),
                  Math.max(0, max),
                  o.limitPriceUsd(),
                  o.offshore(),
                  o.voucherShare());
        }
      }
      out.add(o);
    }
    return out;
  }

  private List<ExchangeOrder> scaleVouchers(double potUsdM) {
    double liability = 0;
    for (ExchangeOrder o : orders) {
      if (o.side() == Side.BID) {
        liability += o.quantity() * o.limitPriceUsd() * o.voucherShare() / 1e6;
      }
    }
    if (liability <= potUsdM || liability == 0) {
      return List.copyOf(orders);
    }
    double k = potUsdM / liability;
    List<ExchangeOrder> out = new ArrayList<>();
    for (ExchangeOrder o : orders) {
      if (o.side() == Side.BID && o.voucherShare() > 0) {
        double share = o.voucherShare() * k;
        // the buyer's own willingness to pay is fixed: shrink its gross limit with the voucher
        double ownLimit = o.limitPriceUsd() * (1 - o.voucherShare());
        double limit = ownLimit / (1 - share);
        out.add(new ExchangeOrder(o.agentId(), o.side(), o.quantity(), limit, o.offshore(), share));
      } else {
        out.add(o);
      }
    }
    return out;
  }
}
