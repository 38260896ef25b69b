package blockade.core.policy;

import java.util.Set;

/**
 * A rule in force or announced, in ticks. Immutable; the adaptive US regulator publishes new
 * ones at run time.
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
    double severity) {

  /** Whether the rule is in force at a tick. */
  public boolean inForce(int tick) {
    return tick >= effectiveTick && tick < rescindedTick;
  }

  /** Whether buyers know of the rule at a tick but it is not yet in force (nor withdrawn). */
  public boolean pending(int tick) {
    return tick >= announceTick && tick < effectiveTick && tick < rescindedTick;
  }
}
