package blockade.core.engine;

import java.time.YearMonth;

/** Maps ticks (one a month, 0-based) to calendar months and back. */
public final class Calendar implements java.io.Serializable {
  private final YearMonth start;
  private final int ticks;

  public Calendar(YearMonth start, YearMonth end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end before start");
    }
    this.start = start;
    this.ticks = (int) (start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  public YearMonth start() {
    return start;
  }

  /** Number of ticks in the run (both ends included). */
  public int ticks() {
    return ticks;
  }

  public YearMonth month(int tick) {
    return start.plusMonths(tick);
  }

  /** The tick's date as YYYY-MM. */
  public String date(int tick) {
    return month(tick).toString();
  }

  /** Tick of a month; negative if before the start, ≥ ticks() if after the end. */
  public int tickOf(YearMonth m) {
    return (int) start.until(m, java.time.temporal.ChronoUnit.MONTHS);
  }
}
