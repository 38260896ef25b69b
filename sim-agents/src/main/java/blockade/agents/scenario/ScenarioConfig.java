package blockade.agents.scenario;

import blockade.agents.firm.FirmConfig;
import blockade.agents.firm.IncumbentsConfig;
import blockade.agents.firm.ServicesMarketConfig;
import blockade.agents.fund.ComputeNetworkConfig;
import blockade.agents.fund.FundConfig;
import blockade.agents.regulator.PolicyStepConfig;
import blockade.agents.regulator.UsRegulatorConfig;
import blockade.agents.startup.PopulationConfig;
import blockade.agents.startup.StartupsConfig;
import blockade.agents.supplier.DomesticSupplierConfig;
import blockade.agents.supplier.GreyMarketConfig;
import blockade.agents.supplier.UsSupplierConfig;
import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import blockade.core.engine.EconomyConfig;
import blockade.core.engine.EcosystemConfig;
import blockade.core.engine.EnergyConfig;
import blockade.core.engine.FrontierConfig;
import blockade.core.market.ExchangeConfig;
import blockade.core.market.Origin;
import blockade.core.market.SkuConfig;
import blockade.core.policy.ExportRuleConfig;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A whole scenario file (DESIGN §5): the root of every config in configs/. */
@Help(
    "A Blockade scenario: horizon, chip catalogue, export controls, China's policy, energy, frontier, markets and agents.")
public record ScenarioConfig(
    @Help("Scenario name (used in outputs)") String name,
    @Help("What the scenario represents") @Default("\"\"") String description,
    @Help("First month, YYYY-MM") @Default("2022-10") YearMonth start,
    @Help("Last month, YYYY-MM") @Default("2030-12") YearMonth end,
    @Help("Accelerator SKUs by name") Map<String, SkuConfig> skus,
    @Help("US export controls: timeline and adaptive rules") UsRegulatorConfig usControls,
    @Help("China's policy steps by id") @Default("{}") Map<String, PolicyStepConfig> chinaPolicy,
    @Help("Datacenter power") EnergyConfig energy,
    @Help("US frontier and algorithmic progress") FrontierConfig frontier,
    @Help("Domestic software ecosystem") EcosystemConfig ecosystem,
    @Help("National compute exchange") ExchangeConfig exchange,
    @Help("US-origin chip vendors by id (ids must match SKU vendors)") @Default("{}")
        Map<String, UsSupplierConfig> usSuppliers,
    @Help("Domestic chip vendors by id") @Default("{}")
        Map<String, DomesticSupplierConfig> domesticSuppliers,
    @Help("Grey market for controlled chips") GreyMarketConfig greyMarket,
    @Help("Used-chip resale price as a share of list price") @Default("0.5") @Min(0) @Max(1)
        double secondaryMarketPriceShare,
    @Help("Incumbent firms") IncumbentsConfig incumbents,
    @Help("Startups") StartupsConfig startups,
    @Help("State funds by id") @Default("{}") Map<String, FundConfig> funds,
    @Help("National computing network") ComputeNetworkConfig computeNetwork,
    @Help("Economy targets") @Default("{}") EconomyConfig economy,
    @Help("China's AI-services market (DESIGN §2.9)") @Default("{}")
        ServicesMarketConfig servicesMarket,
    @Help("Remote access to US chips in foreign clouds (DESIGN §2.1); leave out for none")
        @blockade.core.config.Optional
        blockade.agents.supplier.RemoteAccessConfig remoteAccess,
    @Help("China's pool of AI researchers and its market; leave out for none (talent never binds)")
        @blockade.core.config.Optional
        blockade.agents.talent.TalentConfig talent)
    implements Validatable, java.io.Serializable {

  /**
   * Earliest supported first month (a sanity limit, not calibration): the catalogue, prices and
   * rule timelines describe the AI-chip market from the late 2010s on; 1999-01 ran 384 months of a
   * market that did not exist.
   */
  public static final YearMonth EARLIEST_START = YearMonth.of(2015, 1);

  /**
   * Longest supported horizon, months (50 years): run time and memory grow with it (2200-01 ran
   * past 300 s and 2.1 GB without finishing), and the model's trends mean nothing beyond it.
   */
  public static final int MAX_HORIZON_MONTHS = 600;

  @Override
  public void validate(Validation v) {
    v.check(
        !start.isBefore(EARLIEST_START),
        "start",
        "must not be before "
            + EARLIEST_START
            + " (earliest supported start: the catalogue, prices and rules describe the market from"
            + " the late 2010s on)",
        start);
    v.check(!end.isBefore(start), "end", "must not be before start " + start, end);
    YearMonth lastEnd = start.plusMonths(MAX_HORIZON_MONTHS - 1L);
    v.check(
        !end.isAfter(lastEnd),
        "end",
        "must not be after "
            + lastEnd
            + ", "
            + MAX_HORIZON_MONTHS
            + " months from start "
            + start
            + " (longest supported horizon, 50"
            + " years: run time and memory grow with it)",
        end);
    checkStartupCount(v);
    for (Map.Entry<String, SkuConfig> e : skus.entrySet()) {
      String vendor = e.getValue().vendor();
      boolean known =
          e.getValue().origin() == Origin.US
              ? usSuppliers.containsKey(vendor)
              : domesticSuppliers.containsKey(vendor);
      v.check(
          known,
          "skus." + e.getKey() + ".vendor",
          "must name a supplier in "
              + (e.getValue().origin() == Origin.US ? "usSuppliers" : "domesticSuppliers"),
          vendor);
    }
    for (Map.Entry<String, ExportRuleConfig> e : usControls.rules().entrySet()) {
      checkSkus(v, "usControls.rules." + e.getKey() + ".banSkus", e.getValue().banSkus());
      checkSkus(v, "usControls.rules." + e.getKey() + ".unbanSkus", e.getValue().unbanSkus());
    }
    for (Map.Entry<String, PolicyStepConfig> e : chinaPolicy.entrySet()) {
      checkSkus(v, "chinaPolicy." + e.getKey() + ".discourageSkus", e.getValue().discourageSkus());
      checkSkus(v, "chinaPolicy." + e.getKey() + ".blockSkus", e.getValue().blockSkus());
      checkSkus(v, "chinaPolicy." + e.getKey() + ".forbidSkus", e.getValue().forbidSkus());
      checkSkus(
          v,
          "chinaPolicy." + e.getKey() + ".customsStopShare",
          List.copyOf(e.getValue().customsStopShare().keySet()));
      checkSkus(v, "chinaPolicy." + e.getKey() + ".unblockSkus", e.getValue().unblockSkus());
    }
    for (Map.Entry<String, FirmConfig> e : incumbents.firms().entrySet()) {
      checkFleet(
          v, "incumbents.firms." + e.getKey() + ".initialFleet", e.getValue().initialFleet());
    }
    for (Map.Entry<String, FirmConfig> e : startups.named().entrySet()) {
      checkFleet(v, "startups.named." + e.getKey() + ".initialFleet", e.getValue().initialFleet());
    }
    checkFleet(v, "computeNetwork.initialFleet", computeNetwork.initialFleet());
  }

  /**
   * The generic population plus the startups venture capital is expected to found over the horizon
   * stay within {@link PopulationConfig#MAX_COUNT}: entrants are agents too, and a huge pool or
   * entry rate would found millions of them and run out of memory mid-run.
   */
  private void checkStartupCount(Validation v) {
    if (end.isBefore(start) || end.isAfter(start.plusMonths(MAX_HORIZON_MONTHS - 1L))) {
      return; // the horizon is already reported
    }
    int months = (int) start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
    double entrants = startups.venture().expectedEntrants(months);
    double total = startups.population().count() + entrants;
    v.check(
        total <= PopulationConfig.MAX_COUNT,
        "startups.venture",
        String.format(
            java.util.Locale.ROOT,
            "would found about %.3g startups over the %d-month"
                + " horizon (entriesPerUsdBn × entry money from poolUsdMPerYear, climate,"
                + " poolGrowthPerYear, roundShare); with population.count %d that is over %d"
                + " (sanity limit: each startup is an agent with its own state, so memory grows with"
                + " the count)",
            entrants,
            months,
            startups.population().count(),
            PopulationConfig.MAX_COUNT),
        null);
  }

  private void checkSkus(Validation v, String key, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      v.check(
          skus.containsKey(names.get(i)),
          key + "[" + i + "]",
          "must name a SKU in skus; valid: " + String.join(", ", skus.keySet()),
          names.get(i));
    }
  }

  private void checkFleet(Validation v, String key, Map<String, Long> fleet) {
    for (Map.Entry<String, Long> e : fleet.entrySet()) {
      v.check(
          skus.containsKey(e.getKey()),
          key + "." + e.getKey(),
          "must name a SKU in skus; valid: " + String.join(", ", skus.keySet()),
          e.getKey());
      v.check(e.getValue() >= 0, key + "." + e.getKey(), "must be ≥ 0", e.getValue());
    }
  }
}
