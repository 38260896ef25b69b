package blockade.core.engine;

import java.time.YearMonth;

/** Maps ticks (one a month, 0-based) to calendar months and back. */
public final class Calendar implements java.io.Serializable {
  private final YearMonth start;
  private final int ticks;

  /** The run's dates as YYYY-MM, made on first use (every event and purchase row asks). */
  private transient String[] dates;

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
    if (tick < 0 || tick >= ticks) {
      return month(tick).toString();
    }
    String[] d = dates;
    if (d == null) {
      d = new String[ticks];
      dates = d;
    }
    String s = d[tick];
    if (s == null) {
      s = month(tick).toString();
      d[tick] = s;
    }
    return s;
  }

  /** Tick of a month; negative if before the start, ≥ ticks() if after the end. */
  public int tickOf(YearMonth m) {
    return (int) start.until(m, java.time.temporal.ChronoUnit.MONTHS);
  }
}
