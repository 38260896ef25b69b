package blockade.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The US export regime as data: an ordered list of rules with announce and effective ticks. Its
 * state at a tick (banned SKUs, offshore rule, entity list, enforcement, HBM ban, level) is the
 * fold of the rules in force, applied in order of effective tick then publication. Suppliers and
 * buyers query it; only the US regulator adds rules.
 */
public final class ExportRegime implements java.io.Serializable {
  private final List<ExportRule> rules = new ArrayList<>();
  private final OffshorePolicy initialOffshore;
  private final double initialEnforcement;
  private int cachedTick = Integer.MIN_VALUE;
  private State cached;

  /** Pending bans by SKU (earliest effective tick) at {@link #announcedTick}; made on demand. */
  private transient Map<String, Integer> announced;

  private transient int announcedTick = Integer.MIN_VALUE;

  /** Folded state of the regime at one tick (its sets are sorted, like the rules'). */
  public record State(
      Set<String> bannedSkus,
      OffshorePolicy offshore,
      Set<String> entityList,
      double enforcement,
      boolean hbmBanned,
      double level,
      boolean remoteAccessOpen,
      Map<String, Double> licenceShares)
      implements java.io.Serializable {

    /** Share of China revenue the vendor pays on licensed sales of this SKU now (0 for none). */
    public double licenceShare(String sku) {
      return licenceShares.getOrDefault(sku, 0.0);
    }
  }

  public ExportRegime(
      List<ExportRule> initial, OffshorePolicy initialOffshore, double initialEnforcement) {
    this.initialOffshore = initialOffshore;
    this.initialEnforcement = initialEnforcement;
    initial.forEach(this::publish);
  }

  /** Adds a rule (the US regulator's adaptive decisions). */
  public void publish(ExportRule rule) {
    rules.add(rule);
    cachedTick = Integer.MIN_VALUE;
    announced = null;
  }

  /**
   * Replaces the scenario's rules (those with the given ids) by {@code scenarioRules}, keeping the
   * rules added during the run after them: a mid-run change of the rule timeline (checkpoints).
   */
  public void replaceRules(Set<String> scenarioIds, List<ExportRule> scenarioRules) {
    List<ExportRule> added = new ArrayList<>();
    for (ExportRule r : rules) {
      if (!scenarioIds.contains(r.id())) {
        added.add(r);
      }
    }
    rules.clear();
    rules.addAll(scenarioRules);
    rules.addAll(added);
    cachedTick = Integer.MIN_VALUE;
    announced = null;
  }

  public List<ExportRule> rules() {
    return Collections.unmodifiableList(rules);
  }

  /** The regime in force at a tick. */
  public State at(int tick) {
    if (tick == cachedTick) {
      return cached;
    }
    List<ExportRule> inForce = new ArrayList<>();
    for (ExportRule r : rules) {
      if (r.inForce(tick)) {
        inForce.add(r);
      }
    }
    inForce.sort(Comparator.comparingInt(ExportRule::effectiveTick));
    Set<String> banned = new TreeSet<>();
    Set<String> listed = new TreeSet<>();
    OffshorePolicy offshore = initialOffshore;
    double enforcement = initialEnforcement;
    boolean hbm = false;
    double level = 0;
    boolean remote = true;
    Map<String, Double> licence = new TreeMap<>();
    for (ExportRule r : inForce) {
      banned.addAll(r.banSkus());
      banned.removeAll(r.unbanSkus());
      r.banSkus().forEach(licence::remove);
      for (String sku : r.unbanSkus()) {
        if (r.licenceRevenueShare() > 0) {
          licence.put(sku, r.licenceRevenueShare());
        } else {
          licence.remove(sku);
        }
      }
      if (r.remoteAccess() != null) {
        remote = r.remoteAccess();
      }
      listed.addAll(r.entityList());
      if (r.offshore() != null) {
        offshore = r.offshore();
      }
      if (!Double.isNaN(r.enforcement())) {
        enforcement = r.enforcement();
      }
      hbm |= r.hbmBan();
      level += r.severity();
    }
    cached =
        new State(
            Collections.unmodifiableSet(banned),
            offshore,
            Collections.unmodifiableSet(listed),
            enforcement,
            hbm,
            level,
            remote,
            Collections.unmodifiableMap(licence));
    cachedTick = tick;
    return cached;
  }

  public boolean bannedForChina(String sku, int tick) {
    return at(tick).bannedSkus().contains(sku);
  }

  /** Whether an agent is on the entity list at a tick. */
  public boolean listed(String agentId, int tick) {
    return at(tick).entityList().contains(agentId);
  }

  /**
   * Earliest effective tick of a rule known at {@code tick} but not yet in force that bans the SKU
   * (the stockpiling trigger), if any.
   */
  public OptionalInt announcedBan(String sku, int tick) {
    if (tick != announcedTick || announced == null) {
      // every buyer asks for every SKU each month: work the month's answers out once
      Map<String, Integer> bySku = new java.util.HashMap<>();
      for (ExportRule r : rules) {
        if (r.pending(tick)) {
          for (String s : r.banSkus()) {
            bySku.merge(s, r.effectiveTick(), Math::min);
          }
        }
      }
      announced = bySku;
      announcedTick = tick;
    }
    Integer best = announced.get(sku);
    return best == null ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Earliest effective tick of a pending rule that bans HBM exports, if any. */
  public OptionalInt announcedHbmBan(int tick) {
    int best = Integer.MAX_VALUE;
    for (ExportRule r : rules) {
      if (r.pending(tick) && r.hbmBan()) {
        best = Math.min(best, r.effectiveTick());
      }
    }
    return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Whether an offshore site of an unlisted Chinese firm may receive this US SKU at a tick. */
  public boolean offshoreMayBuy(String sku, int tick) {
    State s = at(tick);
    return switch (s.offshore()) {
      case OPEN -> true;
      case COMPLIANT_ONLY -> !s.bannedSkus().contains(sku);
      case CLOSED -> false;
    };
  }
}
