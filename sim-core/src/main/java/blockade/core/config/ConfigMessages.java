package blockade.core.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Every text the config loader shows users, as constants so tests and docs can rely on them. A
 * problem reads {@code file:line: key.path <rule>, got <value>}; the constants are the rule part.
 */
public final class ConfigMessages {
  /** Pseudo file name of {@code --set key=value} overrides (they have no line). */
  public static final String SET_FILE = "--set";

  public static final String UNKNOWN_KEY = "is not a valid key; valid keys: %s";
  public static final String REQUIRED = "is required";
  public static final String NOT_NUMBER = "must be a number";
  public static final String NOT_INTEGER = "must be an integer";
  public static final String NOT_BOOLEAN = "must be true or false";
  public static final String NOT_TEXT = "must be a text";
  public static final String NOT_YEAR_MONTH = "must be a date YYYY-MM";
  public static final String NOT_LIST = "must be a list";
  public static final String NOT_MAPPING = "must be a mapping";
  public static final String NOT_ONE_OF = "must be one of: %s";
  public static final String NOT_ID =
      "is not a valid id (use lower-case letters, digits, '-', '_', '.')";
  public static final String BELOW_MIN = "must be ≥ %s";
  public static final String ABOVE_MAX = "must be ≤ %s";
  /** Suffix naming the offending value as written. */
  public static final String GOT = ", got %s";

  public static final String YAML_SYNTAX = "YAML syntax error: %s";
  public static final String DUPLICATE_KEY = "is given twice";
  public static final String ALIAS_UNSUPPORTED = "uses a YAML alias (*%s), which is not supported";
  /** For the file itself (empty key path) and for {@code extends} (key path "extends"). */
  public static final String CANNOT_READ = "cannot read %s: %s";
  public static final String NO_SUCH_FILE = "no such file";
  public static final String EXTENDS_CYCLE = "forms a cycle: %s";
  public static final String EXTENDS_KEY = "extends";

  public static final String SET_MALFORMED = "is not of the form path.to.key=value";
  public static final String SET_NO_ELEMENT = "does not exist: the list has %d elements";
  public static final String SET_BAD_YAML = "is not valid YAML: %s";
  /** A record's own constructor refused the values (its exception message follows). */
  public static final String REJECTED = "is rejected: %s";

  private ConfigMessages() {}

  /** The unknown-key rule with the valid keys listed in declaration order. */
  public static String unknownKey(List<String> validKeys) {
    return String.format(Locale.ROOT, UNKNOWN_KEY, String.join(", ", validKeys));
  }

  /** The enum rule with the allowed YAML names. */
  public static String oneOf(List<String> names) {
    return String.format(Locale.ROOT, NOT_ONE_OF, String.join(", ", names));
  }

  /** The lower-bound rule, bound printed compactly (0, 0.5, 1000000). */
  public static String belowMin(double min) {
    return String.format(Locale.ROOT, BELOW_MIN, number(min));
  }

  /** The upper-bound rule, bound printed compactly. */
  public static String aboveMax(double max) {
    return String.format(Locale.ROOT, ABOVE_MAX, number(max));
  }

  /** Formats a number without exponent or trailing ".0" (1e6 prints as 1000000). */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** The YAML spelling of an enum constant: lower case, '_' as '-' (PRO_RATA is pro-rata). */
  public static String enumName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
