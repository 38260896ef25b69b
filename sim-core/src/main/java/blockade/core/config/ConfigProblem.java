package blockade.core.config;

import java.util.Comparator;

/**
 * One thing wrong with a user's config, located by file, line and key path, so it can be shown as a
 * single line the user can act on without a stack trace.
 *
 * @param file the file as the user knows it ({@code --set} for command-line overrides)
 * @param line 1-based line, or 0 when there is no line (command line, unreadable file)
 * @param path key path such as {@code agents.incumbents.bytedance-like.cashUsdM} or {@code xs[2]};
 *     empty for the file as a whole
 * @param message the rule broken, usually from {@link ConfigMessages}, with ", got value"
 */
public record ConfigProblem(String file, int line, String path, String message) {
  /** Orders problems by file, then line, then key path. */
  public static final Comparator<ConfigProblem> ORDER =
      Comparator.comparing(ConfigProblem::file)
          .thenComparingInt(ConfigProblem::line)
          .thenComparing(ConfigProblem::path);

  /** The one-line form: {@code file:line: path message} (no ":line" when line is 0). */
  public String format() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + (path.isEmpty() ? message : path + " " + message);
  }

  @Override
  public String toString() {
    return format();
  }
}
