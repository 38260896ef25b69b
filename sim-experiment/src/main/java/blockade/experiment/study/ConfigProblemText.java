package blockade.experiment.study;

import blockade.core.config.ConfigMessages;
import blockade.core.config.ConfigProblem;

/** Wording of a base-scenario problem caused by a study override. */
final class ConfigProblemText {
  private ConfigProblemText() {}

  /** Whether the problem is located at a {@code --set} override rather than a file line. */
  static boolean isSet(ConfigProblem q) {
    return ConfigMessages.SET_FILE.equals(q.file());
  }

  /** The problem without its location: {@code key rule}. */
  static String rule(ConfigProblem q) {
    return q.path().isEmpty() ? q.message() : q.path() + " " + q.message();
  }
}
