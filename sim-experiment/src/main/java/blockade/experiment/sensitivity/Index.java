package blockade.experiment.sensitivity;

/**
 * An estimated sensitivity index with its bootstrap 95 % interval (2.5 and 97.5 percentiles).
 *
 * @param value the estimate from all samples
 * @param low lower end of the interval
 * @param high upper end of the interval
 */
public record Index(double value, double low, double high) {
  /** Whether {@code x} lies within the interval. */
  public boolean covers(double x) {
    return x >= low && x <= high;
  }
}
