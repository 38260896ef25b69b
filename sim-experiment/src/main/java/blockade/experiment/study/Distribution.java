package blockade.experiment.study;

/**
 * The shape of an uncertain parameter between its bounds. Every shape is drawn by inverting its
 * cumulative distribution at one uniform draw, so a parameter takes one draw per replication and a
 * design point can place it at any quantile.
 */
public enum Distribution {
  /** Equally likely anywhere in {@code [min, max]} (a plain range). */
  UNIFORM,
  /** Uniform in the logarithm over {@code [min, max]} (both positive): for scale parameters. */
  LOGUNIFORM,
  /** Triangular on {@code [min, max]} with its peak at {@code mode}. */
  TRIANGULAR,
  /** Normal with {@code mean} and {@code sd}, truncated to {@code [min, max]}. */
  NORMAL,
  /**
   * Lognormal with {@code median} and log-scale {@code sigma}, truncated to {@code [min, max]} when
   * they are given.
   */
  LOGNORMAL
}
