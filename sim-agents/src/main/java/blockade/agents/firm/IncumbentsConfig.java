package blockade.agents.firm;

import blockade.core.config.Default;
import blockade.core.config.Help;
import java.util.Map;

/** Incumbent AI firms: shared behaviour and the named firms. */
@Help(
    "Incumbent firms (ByteDance/Alibaba/Tencent/Baidu/iFlytek-like): shared behaviour and each firm's scale.")
public record IncumbentsConfig(
    @Help("Decision parameters of every incumbent") FirmBehaviourConfig behaviour,
    @Help("Firms by id") @Default("{}") Map<String, FirmConfig> firms)
    implements java.io.Serializable {}
