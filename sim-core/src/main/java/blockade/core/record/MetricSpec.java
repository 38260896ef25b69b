package blockade.core.record;

import blockade.core.engine.World;
import blockade.core.observe.Aggregation;
import blockade.core.observe.FlowKey;
import blockade.core.observe.MetricUnit;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * A declared metric column of metrics.csv: its name (which bears its unit), unit, how it aggregates
 * across agents, help text (the README's column table shows it) and the reporter that reads its
 * value from the world after each month's RECORD phase.
 *
 * <p>Three kinds: a model-level reporter ({@link #of}); a per-kind reporter aggregated over the
 * active agents playing a role ({@link #perAgent}); and a flow ({@link #flow}), which agents add to
 * during the month through {@code World.stats()} and which is summed (only flows may be added to,
 * so a level such as a yield can never be summed by accident).
 *
 * <p>Declarations are {@link Serializable} (reporters are serializable lambdas), so a model
 * checkpoint can carry its metrics recorder.
 *
 * @param flow whether agents add to it during the month
 */
public record MetricSpec(
    String name,
    MetricUnit unit,
    Aggregation aggregation,
    String help,
    boolean flow,
    Reporter reporter)
    implements FlowKey, Serializable {

  /** Reads a metric's value from the world after RECORD. */
  @FunctionalInterface
  public interface Reporter extends ToDoubleFunction<World>, Serializable {}

  /** Reads one agent's value of a per-kind metric. */
  @FunctionalInterface
  public interface AgentReporter<T> extends ToDoubleBiFunction<T, World>, Serializable {}

  public MetricSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(aggregation);
    Objects.requireNonNull(reporter);
    if (help == null || help.isBlank() || help.indexOf('|') >= 0 || help.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(name + ": help must be one line without '|'");
    }
    if (unit.nameToken() != null && !name.contains(unit.nameToken())) {
      throw new IllegalArgumentException(name + ": name does not bear its unit " + unit.label());
    }
  }

  /** A metric computed from the world (a model-level value or an aggregate the reporter forms). */
  public static MetricSpec of(
      String name, MetricUnit unit, Aggregation aggregation, String help, Reporter reporter) {
    return new MetricSpec(name, unit, aggregation, help, false, reporter);
  }

  /**
   * A flow agents add to during the month ({@code World.stats().add}); summed, 0 when nobody added.
   */
  public static MetricSpec flow(String name, MetricUnit unit, String help) {
    return new MetricSpec(name, unit, Aggregation.SUM, help, true, w -> w.stats().get(name));
  }

  /**
   * A per-kind metric: each active agent playing {@code role} reports a value, combined by {@code
   * aggregation} (SUM, MEAN, MAX or COUNT of values above 0) in id order; 0 when there is no such
   * agent.
   */
  public static <T> MetricSpec perAgent(
      String name,
      MetricUnit unit,
      Class<T> role,
      Aggregation aggregation,
      String help,
      AgentReporter<? super T> value) {
    return new MetricSpec(
        name,
        unit,
        aggregation,
        help,
        false,
        w -> aggregate(w, w.agents(role), aggregation, value));
  }

  static <T> double aggregate(
      World w,
      List<T> agents,
      Aggregation aggregation,
      ToDoubleBiFunction<? super T, World> value) {
    double sum = 0;
    double max = Double.NEGATIVE_INFINITY;
    int positive = 0;
    for (T a : agents) {
      double v = value.applyAsDouble(a, w);
      sum += v;
      max = Math.max(max, v);
      if (v > 0) {
        positive++;
      }
    }
    return switch (aggregation) {
      case SUM -> sum;
      case MEAN -> agents.isEmpty() ? 0 : sum / agents.size();
      case MAX -> agents.isEmpty() ? 0 : max;
      case COUNT -> positive;
      default ->
          throw new IllegalArgumentException(aggregation + " is not a per-agent aggregation");
    };
  }
}
