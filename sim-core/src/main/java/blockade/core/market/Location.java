package blockade.core.market;

/** Where a chip is deployed: at home in China, or in a Chinese-owned offshore datacenter. */
public enum Location {
  DOMESTIC,
  OFFSHORE
}
