package blockade.agents.regulator;

import blockade.core.engine.Agent;
import blockade.core.engine.Phase;
import blockade.core.engine.World;
import blockade.core.observe.AgentRow;
import blockade.core.observe.EventTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's policy-maker (DESIGN §2.6): applies its dated steps — procurement guidance for
 * state-linked buyers, discouraged and customs-blocked US chips, vouchers, power subsidy and
 * build-out, exchange fee, ecosystem programmes. Also the exchange operator (fees land here).
 */
public final class ChinaPolicyAgent implements Agent {
  private final String id;
  private final List<Map.Entry<String, PolicyStepConfig>> steps;

  public ChinaPolicyAgent(String id, Map<String, PolicyStepConfig> timeline) {
    this.id = id;
    this.steps = new ArrayList<>();
    for (Map.Entry<String, PolicyStepConfig> e : timeline.entrySet()) {
      steps.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e)); // serializable, for checkpoints
    }
    this.steps.sort((a, b) -> a.getValue().from().compareTo(b.getValue().from()));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "china-policy";
  }

  @Override
  public Set<Phase> phases() {
    return EnumSet.of(Phase.REGULATE);
  }

  @Override
  public void step(Phase phase, World w) {
    int t = w.tick();
    for (Map.Entry<String, PolicyStepConfig> e : steps) {
      int at = Math.max(0, w.calendar().tickOf(e.getValue().from()));
      if (at == t) {
        apply(e.getKey(), e.getValue(), w);
      }
    }
  }

  private void apply(String name, PolicyStepConfig s, World w) {
    var p = w.chinaPolicy();
    if (s.domesticShareStateLinked() != null) {
      p.setDomesticShareStateLinked(s.domesticShareStateLinked());
    }
    if (s.discouragedPenalty() != null) {
      p.setDiscouragedPenalty(s.discouragedPenalty());
    }
    p.discourage(new TreeSet<>(s.discourageSkus()));
    p.block(new TreeSet<>(s.blockSkus()));
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
    w.event(EventTypes.POLICY_CHANGE, id, name);
  }

  @Override
  public AgentRow snapshot(World w) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("domestic_share_state_linked", w.chinaPolicy().domesticShareStateLinked());
    f.put("voucher_share", w.chinaPolicy().voucherShare());
    f.put("fees_collected_usd_m", w.ledger().balance(id));
    return new AgentRow(id, kind(), f);
  }
}
