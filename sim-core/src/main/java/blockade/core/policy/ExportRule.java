package blockade.core.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule in force or announced, in ticks. Immutable; the adaptive US regulator publishes new ones
 * at run time. Its SKU and entity sets are sorted copies, so the events that list them come out in
 * the same order in every JVM (hash-ordered sets such as {@code Set.of} iterate in an order that
 * changes from one JVM start to the next). Build one with {@link #builder(String)}: every field but
 * the id and the effective tick has a default.
 *
 * @param rescindedTick tick the rule is withdrawn, or {@link Integer#MAX_VALUE}
 * @param offshore new offshore rule, or null to keep
 * @param enforcement new enforcement level, or NaN to keep
 * @param remoteAccess whether foreign clouds may rent US chips to Chinese firms from now on (true
 *     opens, false closes), or null to keep
 * @param licenceRevenueShare share of China revenue the US vendor pays on the SKUs this rule allows
 *     again (licences with a revenue share), 0 for none
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
    double severity,
    Boolean remoteAccess,
    double licenceRevenueShare)
    implements java.io.Serializable {

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

  /** A builder for a rule with this id; see {@link Builder} for the defaults. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Builds an {@link ExportRule} by name instead of by position. Defaults: announced when it takes
   * effect, never rescinded, no SKUs banned or re-allowed, offshore rule and enforcement kept,
   * nobody listed, no HBM ban, severity 1 (as in the config). The effective tick is required.
   */
  public static final class Builder {
    private final String id;
    private Integer announceTick;
    private Integer effectiveTick;
    private int rescindedTick = Integer.MAX_VALUE;
    private Collection<String> banSkus = Set.of();
    private Collection<String> unbanSkus = Set.of();
    private OffshorePolicy offshore;
    private Collection<String> entityList = Set.of();
    private double enforcement = Double.NaN;
    private boolean hbmBan;
    private double severity = 1;
    private Boolean remoteAccess;
    private double licenceRevenueShare;

    private Builder(String id) {
      this.id = id;
    }

    /** Tick buyers learn of the rule (default: the effective tick). */
    public Builder announced(int tick) {
      this.announceTick = tick;
      return this;
    }

    /** Tick the rule takes effect (required). */
    public Builder effective(int tick) {
      this.effectiveTick = tick;
      return this;
    }

    /** Tick the rule is withdrawn (default: never, {@link Integer#MAX_VALUE}). */
    public Builder rescinded(int tick) {
      this.rescindedTick = tick;
      return this;
    }

    /** SKUs China-based buyers may no longer buy. */
    public Builder bans(Collection<String> skus) {
      this.banSkus = skus;
      return this;
    }

    /** SKUs allowed again. */
    public Builder unbans(Collection<String> skus) {
      this.unbanSkus = skus;
      return this;
    }

    /** New offshore rule (default null: keep the current one). */
    public Builder offshore(OffshorePolicy policy) {
      this.offshore = policy;
      return this;
    }

    /** Agent ids added to the entity list. */
    public Builder lists(Collection<String> entities) {
      this.entityList = entities;
      return this;
    }

    /** New enforcement level (default NaN: keep the current one). */
    public Builder enforcement(double level) {
      this.enforcement = level;
      return this;
    }

    /** Whether the rule stops HBM exports (default false). */
    public Builder hbmBan(boolean ban) {
      this.hbmBan = ban;
      return this;
    }

    /** Change of the regime level when the rule takes effect (default 1). */
    public Builder severity(double severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Opens (true) or closes (false) remote access to US chips in foreign clouds (default keep).
     */
    public Builder remoteAccess(Boolean open) {
      this.remoteAccess = open;
      return this;
    }

    /** Revenue share the vendor pays on China sales of the SKUs this rule allows (default 0). */
    public Builder licenceRevenueShare(double share) {
      this.licenceRevenueShare = share;
      return this;
    }

    public ExportRule build() {
      if (effectiveTick == null) {
        throw new IllegalStateException("export rule " + id + " needs an effective tick");
      }
      int announce = announceTick == null ? effectiveTick : announceTick;
      return new ExportRule(
          id,
          announce,
          effectiveTick,
          rescindedTick,
          sorted(banSkus),
          sorted(unbanSkus),
          offshore,
          sorted(entityList),
          enforcement,
          hbmBan,
          severity,
          remoteAccess,
          licenceRevenueShare);
    }
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
