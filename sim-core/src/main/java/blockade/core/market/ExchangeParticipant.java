package blockade.core.market;

/** An agent that trades on the compute exchange and is told of its fills. */
public interface ExchangeParticipant {
  String id();

  void onFill(AuctionResult.Fill fill);
}
