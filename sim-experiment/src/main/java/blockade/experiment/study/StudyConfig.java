package blockade.experiment.study;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A study file: a base scenario, the uncertain parameters (by {@code --set} key path) and the
 * settings of the designs that explore them ({@code sweep}, {@code sensitivity}, {@code mc
 * --uncertain}). See docs/studies.md.
 */
@Help(
    "A study: a base scenario and uncertain parameters to sweep, sample or rank (docs/studies.md).")
public record StudyConfig(
    @Help("What the study asks") @Default("\"\"") String description,
    @Help("Base scenario file, relative to this file") String base,
    @Help("Fixed overrides of the base, key=value as --set takes them") @Default("[]")
        List<String> sets,
    @Help("Master seed: replication seeds and design draws derive from it") @Default("1") long seed,
    @Help(
            "Replications per design point, on the same seeds at every point (common random"
                + " numbers); their mean is the point's value")
        @Default("2")
        @Min(1)
        @Max(value = 1000, why = "more belongs in mc at chosen points")
        int runsPerPoint,
    @Help("Design of 'sweep'") @Default("{}") DesignConfig design,
    @Help("Settings of 'sensitivity --method morris'") @Default("{}") MorrisConfig morris,
    @Help("Settings of 'sensitivity --method sobol'") @Default("{}") SobolConfig sobol,
    @Help("Uncertain parameters by id (ids name the columns of the runs and points tables)")
        Map<String, ParameterConfig> parameters)
    implements Validatable {

  /** Column names of the runs table that a parameter id may not take. */
  public static final Set<String> RESERVED =
      Set.of("scenario", "run", "seed", "status", "error", "wall_ms", "point", "tick", "date");

  /** Kinds of sweep design. */
  public enum DesignType {
    /** Every combination of the parameters' levels (values lists: every value). */
    GRID,
    /**
     * {@code samples} points, each parameter's range cut into that many equal-probability strata.
     */
    LATIN_HYPERCUBE
  }

  /** How {@code sweep} places its points. */
  @Help("How 'sweep' places its points")
  public record DesignConfig(
      @Help("grid or latin-hypercube") @Default("latin-hypercube") DesignType type,
      @Help("Points of a latin-hypercube design") @Default("20") @Min(2) @Max(100000) int samples,
      @Help("Levels per range parameter of a grid (values lists use their own values)")
          @Default("3")
          @Min(2)
          @Max(100)
          int levels) {}

  /** Morris elementary-effects screening. */
  @Help("Morris elementary effects: (parameters + 1) × trajectories points")
  public record MorrisConfig(
      @Help("Trajectories (one-at-a-time paths through the parameter space)")
          @Default("10")
          @Min(2)
          @Max(10000)
          int trajectories,
      @Help("Levels of the grid the trajectories move on (even numbers are usual)")
          @Default("4")
          @Min(2)
          @Max(100)
          int levels,
      @Help("Bootstrap resamples for the 95 % intervals") @Default("1000") @Min(100) @Max(100000)
          int bootstrap) {}

  /** Sobol indices by Saltelli sampling and Jansen estimators. */
  @Help("Sobol first- and total-order indices: samples × (parameters + 2) points")
  public record SobolConfig(
      @Help("Base samples N (rows of the two Saltelli matrices)")
          @Default("64")
          @Min(8)
          @Max(1000000)
          int samples,
      @Help("Bootstrap resamples for the 95 % intervals") @Default("1000") @Min(100) @Max(100000)
          int bootstrap) {}

  @Override
  public void validate(Validation v) {
    v.check(!parameters.isEmpty(), "parameters", "must name at least one parameter", null);
    for (String id : parameters.keySet()) {
      v.check(
          !RESERVED.contains(id),
          "parameters." + id,
          "is a reserved column name; use another id (reserved: "
              + String.join(", ", new java.util.TreeSet<>(RESERVED))
              + ")",
          null);
    }
  }
}
