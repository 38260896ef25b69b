package blockade.agents.regulator;

import blockade.core.engine.BaseAgent;
import blockade.core.engine.Phase;
import blockade.core.engine.PolicyPort;
import blockade.core.engine.World;
import blockade.core.observe.EventTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * China's policy-maker (DESIGN §2.6): applies its dated steps — procurement guidance for
 * state-linked buyers, discouraged and customs-blocked US chips, vouchers, power subsidy and
 * build-out, exchange fee, ecosystem programmes. Also the exchange operator (fees land here).
 */
public final class ChinaPolicyAgent extends BaseAgent {
  private final List<Map.Entry<String, PolicyStepConfig>> steps;

  public ChinaPolicyAgent(String id, Map<String, PolicyStepConfig> timeline) {
    super(id, "china-policy", EnumSet.of(Phase.REGULATE));
    this.steps = new ArrayList<>();
    for (Map.Entry<String, PolicyStepConfig> e : timeline.entrySet()) {
      steps.add(
          new java.util.AbstractMap.SimpleImmutableEntry<>(e)); // serializable, for checkpoints
    }
    this.steps.sort((a, b) -> a.getValue().from().compareTo(b.getValue().from()));
  }

  /**
   * Adds a step to the timeline of a run in progress (a mid-run lever); steps stay in date order, a
   * new step after the steps of its month, as if it had been last in the scenario's timeline.
   */
  public void addStep(String name, PolicyStepConfig step) {
    steps.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, step));
    steps.sort((a, b) -> a.getValue().from().compareTo(b.getValue().from()));
  }

  @Override
  public void step(Phase phase, World w) {
    apply(w);
  }

  /** Applies the steps dated this month, seeing only the policy port. */
  void apply(PolicyPort w) {
    int t = w.tick();
    for (Map.Entry<String, PolicyStepConfig> e : steps) {
      int at = Math.max(0, w.calendar().tickOf(e.getValue().from()));
      if (at == t) {
        apply(e.getKey(), e.getValue(), w);
      }
    }
  }

  private void apply(String name, PolicyStepConfig s, PolicyPort w) {
    var p = w.chinaPolicy();
    if (s.domesticShareStateLinked() != null) {
      p.setDomesticShareStateLinked(s.domesticShareStateLinked());
    }
    if (s.discouragedPenalty() != null) {
      p.setDiscouragedPenalty(s.discouragedPenalty());
    }
    if (s.coverageMinH100e() != null) {
      p.setCoverageMinH100e(s.coverageMinH100e());
    }
    if (s.domesticShareCovered() != null) {
      p.setDomesticShareCovered(s.domesticShareCovered());
    }
    if (s.complianceShare() != null) {
      p.setComplianceShare(s.complianceShare());
    }
    p.discourage(new TreeSet<>(s.discourageSkus()));
    p.forbid(new TreeSet<>(s.forbidSkus()));
    p.block(new TreeSet<>(s.blockSkus()));
    p.customsStops(new java.util.TreeMap<>(s.customsStopShare()));
    p.unblock(new TreeSet<>(s.unblockSkus()));
    if (s.voucherShare() != null) {
      p.setVoucherShare(s.voucherShare());
    }
    if (s.powerSubsidyShare() != null) {
      w.power().setDomesticChipSubsidyShare(s.powerSubsidyShare());
    }
    if (s.powerBuildoutExtraGrowthPerYear() != null) {
      w.power().setExtraGrowthPerYear(s.powerBuildoutExtraGrowthPerYear());
    }
    if (s.exchangeFeeShare() != null) {
      w.exchange().setFeeShare(s.exchangeFeeShare());
    }
    if (s.ecosystemBoostPerYear() != null) {
      w.ecosystem().setBoostPerYear(s.ecosystemBoostPerYear());
    }
    w.event(
        EventTypes.POLICY_CHANGE, id, name + (s.source().isEmpty() ? "" : " (" + s.source() + ")"));
  }

  // ---------------------------------------------------------------- inspector properties
  // (read-only)

  /** Domestic share guidance for state-linked buyers now (NaN before it joins a world). */
  public double getDomesticShareStateLinked() {
    return world() == null ? Double.NaN : world().chinaPolicy().domesticShareStateLinked();
  }

  /** Share of exchange bids the voucher pot pays now (NaN before it joins a world). */
  public double getVoucherShare() {
    return world() == null ? Double.NaN : world().chinaPolicy().voucherShare();
  }

  /** Policy steps in its timeline, in date order. */
  public List<String> getSteps() {
    List<String> out = new ArrayList<>();
    steps.forEach(e -> out.add(e.getKey() + " " + e.getValue().from()));
    return out;
  }

  @Override
  protected void snapshotFields(World w, Map<String, Object> f) {
    f.put("domestic_share_state_linked", w.chinaPolicy().domesticShareStateLinked());
    f.put("voucher_share", w.chinaPolicy().voucherShare());
    f.put("fees_collected_usd_m", w.ledger().balance(id));
  }
}
