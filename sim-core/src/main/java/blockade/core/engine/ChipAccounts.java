package blockade.core.engine;

/**
 * Conservation counters for GPUs (units of any SKU). Every unit that ships is, at any time,
 * deployed, in someone's inventory (including the secondary market), retired or seized; the holders
 * report the first two and this class counts the rest, so the invariant {@code shipped = deployed +
 * inventory + retired + seized} can be checked every tick.
 */
public final class ChipAccounts implements java.io.Serializable {
  private long shipped;
  private long retired;
  private long seized;

  public void shipped(long units) {
    shipped += nonNegative(units);
  }

  public void retired(long units) {
    retired += nonNegative(units);
  }

  public void seized(long units) {
    seized += nonNegative(units);
  }

  public long shipped() {
    return shipped;
  }

  public long retired() {
    return retired;
  }

  public long seized() {
    return seized;
  }

  private static long nonNegative(long u) {
    if (u < 0) {
      throw new IllegalArgumentException("negative units " + u);
    }
    return u;
  }
}
