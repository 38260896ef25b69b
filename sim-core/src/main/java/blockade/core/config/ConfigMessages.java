package blockade.core.config;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.EnumNamingStrategy;
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

  /** The unknown-key rule when one valid key is close to the typo. */
  public static final String UNKNOWN_KEY_SUGGEST =
      "is not a valid key; did you mean %s? valid keys: %s";

  /** Most edits (after ignoring case) between a typo and the key suggested for it. */
  public static final int SUGGEST_MAX_EDITS = 2;

  public static final String REQUIRED = "is required";

  /** A {@code --set key=} with an empty value unset a key that has no default. */
  public static final String REQUIRED_BUT_UNSET =
      "is required, but --set gave it an empty value"
          + " (empty or null means unset, and this key has no default)";

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

  /** An upper bound that is a sanity limit, with its reason. */
  public static final String ABOVE_MAX_WHY = "must be ≤ %s (%s)";

  /** {@link InputLimits#MAX_MAGNITUDE}: the rule for every number. */
  public static final String TOO_LARGE =
      "must be finite and at most %s in magnitude (sanity limit"
          + " for every config number: real quantities in the model's units stay below 1e9, and"
          + " larger values overflow its arithmetic into blank or NaN results)";

  /** Suffix naming the offending value as written. */
  public static final String GOT = ", got %s";

  public static final String YAML_SYNTAX = "YAML syntax error: %s";
  public static final String TOO_DEEP =
      "mappings and lists nested more than %d levels deep (limit; scenarios need about 6)";
  public static final String DUPLICATE_KEY = "is given twice";
  public static final String ALIAS_UNSUPPORTED = "uses a YAML alias (*%s), which is not supported";

  /** For the file itself (empty key path) and for {@code extends} (key path "extends"). */
  public static final String CANNOT_READ = "cannot read %s: %s";

  public static final String NO_SUCH_FILE = "no such file";
  public static final String EXTENDS_CYCLE = "forms a cycle: %s";
  public static final String EXTENDS_KEY = "extends";

  /** Why an {@code extends} target cannot be a parent: "extends {target} {reason}". */
  public static final String EXTENDS_BAD_TARGET = "%s %s";

  public static final String EXTENDS_NOT_YAML_NAME =
      "is not a .yaml file (extends must name another scenario file)";
  public static final String EXTENDS_NOT_MAPPING =
      "is not a YAML mapping of config keys but %s, so it cannot be extended";
  public static final String NOT_REGULAR_FILE = "not a regular file";
  public static final String FILE_TOO_LARGE =
      "file is %s bytes, over the limit of %d bytes (1 MiB) for a config file; refused before parsing";
  public static final String LINE_TOO_LONG =
      "line is %d characters long, over the limit of %d characters per line; refused before"
          + " parsing (YAML parsing time grows with the square of a line's length)";
  public static final String SET_TOO_LONG =
      "value is %d characters long, over the limit of %d characters for a --set value";

  public static final String SET_MALFORMED = "is not of the form path.to.key=value";
  public static final String SET_NO_ELEMENT = "does not exist: the list has %d elements";
  public static final String SET_BAD_YAML = "is not valid YAML: %s";

  /** A record's own constructor refused the values (its exception message follows). */
  public static final String REJECTED = "is rejected: %s";

  /** Jackson's naming of enum constants in YAML, which {@link #enumName} and the binder share. */
  static final EnumNamingStrategy ENUM_NAMES = EnumNamingStrategies.KEBAB_CASE;

  private ConfigMessages() {}

  /** The unknown-key rule with the valid keys listed in declaration order. */
  public static String unknownKey(List<String> validKeys) {
    return String.format(Locale.ROOT, UNKNOWN_KEY, String.join(", ", validKeys));
  }

  /**
   * The unknown-key rule for {@code key}, with a "did you mean" when exactly one nearest valid key
   * is at most {@link #SUGGEST_MAX_EDITS} edits away ignoring case (and the typo is not so short
   * that any key would be that close).
   */
  public static String unknownKey(String key, List<String> validKeys) {
    String suggestion = closest(key, validKeys);
    return suggestion == null
        ? unknownKey(validKeys)
        : String.format(Locale.ROOT, UNKNOWN_KEY_SUGGEST, suggestion, String.join(", ", validKeys));
  }

  /** The one valid key nearest to {@code key} within the edit limit, or null. */
  static String closest(String key, List<String> validKeys) {
    String typo = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String valid : validKeys) {
      String v = valid.toLowerCase(Locale.ROOT);
      int d = levenshtein(typo, v);
      int limit = Math.min(SUGGEST_MAX_EDITS, Math.min(typo.length(), v.length()) / 3);
      if (d > limit && !typo.equals(v)) {
        continue;
      }
      if (d < bestDistance) {
        best = valid;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Edit distance (insertions, deletions, substitutions) between two strings. */
  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
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

  /** The upper-bound rule with the reason for the bound when there is one. */
  public static String aboveMax(double max, String why) {
    return why == null || why.isEmpty()
        ? aboveMax(max)
        : String.format(Locale.ROOT, ABOVE_MAX_WHY, number(max), why);
  }

  /** The magnitude rule that applies to every number. */
  public static String tooLarge() {
    return String.format(Locale.ROOT, TOO_LARGE, "1e15");
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
    return ENUM_NAMES.convertEnumToExternalName(e.name());
  }
}
