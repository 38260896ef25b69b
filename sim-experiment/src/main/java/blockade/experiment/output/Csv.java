package blockade.experiment.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-independent CSV formatting shared by every writer, so the same numbers always print the
 * same bytes: integers without a decimal point, other values with at most 10 significant digits and
 * no exponent, NaN as an empty field.
 */
public final class Csv {
  private static final MathContext DIGITS = new MathContext(10);

  private Csv() {}

  /** Formats a number for CSV output. */
  public static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** Quotes a text field when it contains a comma, quote or newline. */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
