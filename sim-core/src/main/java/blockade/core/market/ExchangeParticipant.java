package blockade.core.market;

import blockade.core.engine.World;

/** An agent that trades on the compute exchange and is told of its fills. */
public interface ExchangeParticipant {
  String id();

  void onFill(AuctionResult.Fill fill, World world);
}
