package blockade.core.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule in force or announced, in ticks. Immutable; the adaptive US regulator publishes new
 * ones at run time. Its SKU and entity sets are sorted copies, so the events that list them come
 * out in the same order in every JVM (hash-ordered sets such as {@code Set.of} iterate in an
 * order that changes from one JVM start to the next).
 *
 * @param rescindedTick tick the rule is withdrawn, or {@link Integer#MAX_VALUE}
 * @param offshore new offshore rule, or null to keep
 * @param enforcement new enforcement level, or NaN to keep
 */
public record ExportRule(
    String id,
    int announceTick,
    int effectiveTick,
    int rescindedTick,
    Set<String> banSkus,
    Set<String> unbanSkus,
    OffshorePolicy offshore,
    Set<String> entityList,
    double enforcement,
    boolean hbmBan,
    double severity) implements java.io.Serializable {

  public ExportRule {
    banSkus = sorted(banSkus);
    unbanSkus = sorted(unbanSkus);
    entityList = sorted(entityList);
  }

  private static Set<String> sorted(Collection<String> values) {
    return values == null
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  /** Whether the rule is in force at a tick. */
  public boolean inForce(int tick) {
    return tick >= effectiveTick && tick < rescindedTick;
  }

  /** Whether buyers know of the rule at a tick but it is not yet in force (nor withdrawn). */
  public boolean pending(int tick) {
    return tick >= announceTick && tick < effectiveTick && tick < rescindedTick;
  }
}
