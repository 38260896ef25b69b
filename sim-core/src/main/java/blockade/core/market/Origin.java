package blockade.core.market;

/** Where a chip's vendor is: subject to US export rules ({@code US}) or made in China. */
public enum Origin {
  US,
  DOMESTIC
}
