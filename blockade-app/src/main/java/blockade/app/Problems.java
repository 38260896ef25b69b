package blockade.app;

import blockade.core.config.ConfigProblem;
import java.io.PrintWriter;
import java.util.Collection;

/** Prints config problems the way DESIGN §5 promises: one line each, no stack trace. */
final class Problems {
  private Problems() {}

  static void print(Collection<ConfigProblem> problems, PrintWriter err) {
    for (ConfigProblem p : problems) {
      err.println(p.format());
    }
    err.flush();
  }
}
