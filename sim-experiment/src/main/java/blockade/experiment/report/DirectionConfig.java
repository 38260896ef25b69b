package blockade.experiment.report;

import blockade.core.config.Help;

/**
 * A scenario direction: which way a metric should move in another scenario against the report's,
 * compared on the same seeds.
 */
@Help("Which way a metric should move in another scenario, on the same seeds as the report's")
public record DirectionConfig(
    @Help("What should happen, in words") String what,
    @Help("Scenario file, relative to the targets file's folder") String scenario,
    @Help("The compared window") WindowConfig value,
    @Help("up or down: the other scenario's value against the report's scenario") Direction expect,
    @Help("Why this direction (design, sources)") String source) {

  /** Which way. */
  public enum Direction {
    UP,
    DOWN
  }
}
