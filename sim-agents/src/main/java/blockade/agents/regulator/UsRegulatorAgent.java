package blockade.agents.regulator;

import blockade.agents.supplier.UsVendorView;
import blockade.core.engine.BaseAgent;
import blockade.core.engine.FirmView;
import blockade.core.engine.Phase;
import blockade.core.engine.Port;
import blockade.core.engine.RegulatorPort;
import blockade.core.engine.World;
import blockade.core.market.Sku;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import blockade.core.policy.ExportRegime;
import blockade.core.policy.ExportRule;
import blockade.core.policy.OffshorePolicy;
import blockade.core.random.Draws;
import blockade.core.random.KeyedStreams;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The US export regulator (DESIGN §2.6). Publishes the scenario's timeline as events when rules are
 * announced, take effect or are withdrawn. After its timeline it reviews every few months: tightens
 * (bans the top tier still sold to China, or once none is left closes the offshore route step by
 * step, each with an announcement lead time) when China's frontier gap falls below a threshold,
 * loosens (re-allows the lowest banned tier) when US vendors' lost China revenue passes a
 * threshold, and each month may list prominent firms.
 */
public final class UsRegulatorAgent extends BaseAgent {
  private final AdaptiveRulesConfig cfg;
  private final KeyedStreams listing;
  private int adaptiveRules;

  public UsRegulatorAgent(String id, AdaptiveRulesConfig cfg, Port w) {
    super(id, "us-regulator", EnumSet.of(Phase.REGULATE));
    this.cfg = cfg;
    this.listing = w.streams(id, "listing");
  }

  @Override
  public void step(Phase phase, World w) {
    regulate(w);
  }

  /** One month's review and announcements, seeing only the regulator's port. */
  void regulate(RegulatorPort w) {
    int t = w.tick();
    if (cfg.enabled()) {
      adapt(w, t);
    }
    announce(w, t);
  }

  private void announce(RegulatorPort w, int t) {
    for (ExportRule r : w.regime().rules()) {
      if (r.announceTick() == t && r.announceTick() < r.effectiveTick()) {
        w.event(
            EventTypes.RULE_ANNOUNCED,
            id,
            r.id() + " effective " + w.calendar().date(r.effectiveTick()) + describe(r));
      }
      if (r.effectiveTick() == t && r.rescindedTick() > t) {
        w.event(EventTypes.RULE_EFFECTIVE, id, r.id() + describe(r));
        for (String s : r.banSkus()) {
          w.event(SimEvent.of(EventTypes.SKU_BANNED, id, s + " (" + r.id() + ")").sku(s));
        }
        for (String s : r.unbanSkus()) {
          w.event(SimEvent.of(EventTypes.SKU_UNBANNED, id, s + " (" + r.id() + ")").sku(s));
        }
        for (String e : r.entityList()) {
          w.event(SimEvent.of(EventTypes.ENTITY_LISTED, e, "listed by " + r.id()).with(id));
        }
        if (r.offshore() != null) {
          w.event(EventTypes.OFFSHORE_RULE, id, r.offshore().configName() + " (" + r.id() + ")");
        }
      }
      if (r.rescindedTick() == t) {
        w.event(EventTypes.RULE_RESCINDED, id, r.id());
      }
    }
  }

  private static String describe(ExportRule r) {
    StringBuilder b = new StringBuilder();
    if (!r.banSkus().isEmpty()) {
      b.append("; bans ").append(String.join(" ", new java.util.TreeSet<>(r.banSkus())));
    }
    if (!r.unbanSkus().isEmpty()) {
      b.append("; allows ").append(String.join(" ", new java.util.TreeSet<>(r.unbanSkus())));
    }
    if (r.hbmBan()) {
      b.append("; HBM ban");
    }
    return b.toString();
  }

  private void adapt(RegulatorPort w, int t) {
    int from = w.calendar().tickOf(cfg.from());
    int listFrom = w.calendar().tickOf(cfg.listingFrom());
    if (t >= listFrom && t > 0) {
      for (FirmView f : w.agents(FirmView.class)) {
        if (f.entityListed() || w.regime().listed(f.id(), t)) {
          continue;
        }
        double gap = w.frontier().gapMonths(f.capability(), Math.max(0, t - 1));
        if (Double.isNaN(gap)) {
          continue;
        }
        double prominence = Math.max(0, 1 - gap / cfg.prominenceGapMonths());
        // the draw about this firm this month: the same whichever other firms exist
        if (Draws.bernoulli(listing.about(f.id(), t), cfg.listingHazardPerMonth() * prominence)) {
          publish(w, "adaptive-listing-" + f.id(), t, t, Set.of(), Set.of(), Set.of(f.id()), 0);
        }
      }
    }
    if (t < from || (t - from) % cfg.reviewEveryMonths() != 0) {
      return;
    }
    ExportRegime.State now = w.regime().at(t);
    for (ExportRule r : w.regime().rules()) {
      if (r.pending(t)) {
        return; // one move at a time
      }
    }
    double best = Double.NEGATIVE_INFINITY;
    for (FirmView f : w.agents(FirmView.class)) {
      if (!Double.isNaN(f.capability())) {
        best = Math.max(best, f.capability());
      }
    }
    double gap =
        best == Double.NEGATIVE_INFINITY
            ? Double.POSITIVE_INFINITY
            : w.frontier().gapMonths(best, Math.max(0, t - 1));
    double lost = 0;
    for (UsVendorView v : w.agents(UsVendorView.class)) {
      lost += v.lostChinaRevenueUsdBnAnnual();
    }
    if (gap < cfg.tightenBelowGapMonths()) {
      int top = -1;
      for (Sku s : w.catalogue().all()) {
        if (s.isUs() && s.onSale(t) && !now.bannedSkus().contains(s.name())) {
          top = Math.max(top, s.tier());
        }
      }
      Set<String> ban = new java.util.TreeSet<>();
      for (Sku s : w.catalogue().all()) {
        if (s.isUs() && s.tier() == top && !now.bannedSkus().contains(s.name())) {
          ban.add(s.name());
        }
      }
      if (!ban.isEmpty()) {
        publish(
            w,
            "adaptive-tighten-" + (++adaptiveRules),
            t,
            t + cfg.leadTimeMonths(),
            ban,
            Set.of(),
            Set.of(),
            1);
      } else if (now.offshore() != OffshorePolicy.CLOSED) {
        // nothing left to ban at home: close the offshore route, one step at a time
        OffshorePolicy next =
            now.offshore() == OffshorePolicy.OPEN
                ? OffshorePolicy.COMPLIANT_ONLY
                : OffshorePolicy.CLOSED;
        w.regime()
            .publish(
                ExportRule.builder("adaptive-offshore-" + (++adaptiveRules))
                    .announced(t)
                    .effective(t + cfg.leadTimeMonths())
                    .offshore(next)
                    .severity(1)
                    .build());
      }
    } else if (lost > cfg.loosenAboveLostRevenueUsdBn()) {
      int low = Integer.MAX_VALUE;
      for (Sku s : w.catalogue().all()) {
        if (s.isUs()
            && s.onSale(t)
            && now.bannedSkus().contains(s.name())
            && s.tier() <= cfg.loosenMaxTier()) {
          low = Math.min(low, s.tier());
        }
      }
      Set<String> allow = new java.util.TreeSet<>();
      for (Sku s : w.catalogue().all()) {
        if (s.isUs() && s.onSale(t) && s.tier() == low && now.bannedSkus().contains(s.name())) {
          allow.add(s.name());
        }
      }
      if (!allow.isEmpty()) {
        publish(
            w,
            "adaptive-loosen-" + (++adaptiveRules),
            t,
            t + cfg.leadTimeMonths(),
            Set.of(),
            allow,
            Set.of(),
            -1);
      }
    }
  }

  private void publish(
      RegulatorPort w,
      String ruleId,
      int announce,
      int effective,
      Set<String> ban,
      Set<String> unban,
      Set<String> listed,
      double severity) {
    w.regime()
        .publish(
            ExportRule.builder(ruleId)
                .announced(announce)
                .effective(effective)
                .bans(ban)
                .unbans(unban)
                .lists(listed)
                .severity(severity)
                .build());
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  /** export_regime_level now (NaN before it joins a world). */
  public double getRegimeLevel() {
    return world() == null ? Double.NaN : world().regime().at(world().tick()).level();
  }

  /** Ids of the rules in force now, in publication order. */
  public List<String> getRulesInForce() {
    List<String> out = new ArrayList<>();
    if (world() != null) {
      for (ExportRule r : world().regime().rules()) {
        if (r.inForce(world().tick())) {
          out.add(r.id());
        }
      }
    }
    return out;
  }

  /** The offshore rule now: open, compliant-only or closed ("" before it joins a world). */
  public String getOffshoreRule() {
    return world() == null ? "" : world().regime().at(world().tick()).offshore().configName();
  }

  /** SKUs banned for China now. */
  public Set<String> getBannedSkus() {
    return world() == null ? Set.of() : world().regime().at(world().tick()).bannedSkus();
  }

  /** Agents on the entity list now. */
  public Set<String> getEntityList() {
    return world() == null ? Set.of() : world().regime().at(world().tick()).entityList();
  }

  /** Rules its adaptive reviews have published so far. */
  public int getAdaptiveRules() {
    return adaptiveRules;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("rules", w.regime().rules().size());
    f.put("adaptive_rules", adaptiveRules);
    f.put("regime_level", w.regime().at(w.tick()).level());
  }
}
