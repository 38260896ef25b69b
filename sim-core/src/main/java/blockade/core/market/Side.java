package blockade.core.market;

/**
 * Which side of the compute exchange an order is on: buying ({@code BID}) or selling ({@code ASK}).
 */
public enum Side {
  BID,
  ASK
}
