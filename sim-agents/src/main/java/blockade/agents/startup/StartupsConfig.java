package blockade.agents.startup;

import blockade.agents.firm.FirmBehaviourConfig;
import blockade.agents.firm.FirmConfig;
import blockade.core.config.Default;
import blockade.core.config.Help;
import java.util.Map;

/** Startups: shared behaviour, named ones, the generic population and private VC. */
@Help(
    "AI startups: behaviour shared by all, named startups, a generic population, and venture funding.")
public record StartupsConfig(
    @Help("Decision parameters of every startup") FirmBehaviourConfig behaviour,
    @Help("Named startups by id") @Default("{}") Map<String, FirmConfig> named,
    @Help("Generic startups") PopulationConfig population,
    @Help("Private venture capital") VentureConfig venture)
    implements java.io.Serializable {}
