package blockade.agents.regulator;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.policy.ExportRuleConfig;
import blockade.core.policy.OffshorePolicy;
import java.util.Map;

/** The US export regulator: the rule timeline and the adaptive rules. */
@Help("US export controls: the rule timeline (from the scenario) and the adaptive rules after it.")
public record UsRegulatorConfig(
    @Help("Offshore rule before any rule says otherwise: open, compliant-only or closed")
        @Default("open")
        OffshorePolicy initialOffshore,
    @Help("Enforcement level before any rule says otherwise, 0..1") @Default("0.2") @Min(0) @Max(1)
        double initialEnforcement,
    @Help("Rules by id, in any order") @Default("{}") Map<String, ExportRuleConfig> rules,
    @Help("Adaptive rules") AdaptiveRulesConfig adaptive)
    implements java.io.Serializable {}
