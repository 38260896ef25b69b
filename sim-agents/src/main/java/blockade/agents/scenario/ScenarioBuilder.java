package blockade.agents.scenario;

import blockade.agents.firm.FirmAgent;
import blockade.agents.firm.FirmBehaviourConfig;
import blockade.agents.firm.FirmConfig;
import blockade.agents.firm.IncumbentFinance;
import blockade.agents.firm.ServicesMarketAgent;
import blockade.agents.firm.StartupFinance;
import blockade.agents.fund.ComputeNetworkAgent;
import blockade.agents.fund.FundConfig;
import blockade.agents.fund.StateFundAgent;
import blockade.agents.regulator.ChinaPolicyAgent;
import blockade.agents.regulator.UsRegulatorAgent;
import blockade.agents.startup.LogNormalConfig;
import blockade.agents.startup.PopulationConfig;
import blockade.agents.startup.VentureCapitalAgent;
import blockade.agents.supplier.DomesticSupplierAgent;
import blockade.agents.supplier.DomesticSupplierConfig;
import blockade.agents.supplier.GreyMarketAgent;
import blockade.agents.supplier.SecondaryMarketAgent;
import blockade.agents.supplier.UsSupplierAgent;
import blockade.agents.supplier.UsSupplierConfig;
import blockade.core.engine.Agent;
import blockade.core.engine.BlockadeModel;
import blockade.core.engine.BuyerPort;
import blockade.core.engine.Calendar;
import blockade.core.engine.Ecosystem;
import blockade.core.engine.Frontier;
import blockade.core.engine.ModelFactory;
import blockade.core.engine.PowerSystem;
import blockade.core.engine.World;
import blockade.core.market.Catalogue;
import blockade.core.market.ComputeExchangeService;
import blockade.core.market.Sku;
import blockade.core.market.SkuConfig;
import blockade.core.policy.ExportRegime;
import blockade.core.policy.ExportRule;
import blockade.core.policy.ExportRuleConfig;
import blockade.core.random.Draws;
import blockade.core.random.KeyedStreams;
import blockade.core.random.RandomStreams;
import blockade.core.record.MetricsRecorder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.rng.UniformRandomProvider;

/** Turns a validated scenario and a seed into a ready-to-run {@link BlockadeModel}. */
public final class ScenarioBuilder {
  /** Id of the China policy-maker (also the exchange operator). */
  public static final String CHINA_POLICY = "china-policy";

  /** Id of the US regulator. */
  public static final String US_BIS = "us-bis";

  private ScenarioBuilder() {}

  /** A model of the scenario for a seed; it builds its world and agents when started. */
  public static BlockadeModel build(ScenarioConfig c, long seed) {
    return new BlockadeModel(new ScenarioAssembly(c), seed);
  }

  /** The world, agents and metrics recorder of a fresh run of the scenario for a seed. */
  static ModelFactory.Assembly assemble(ScenarioConfig c, long seed) {
    Calendar cal = new Calendar(c.start(), c.end());
    List<Sku> skus = new ArrayList<>();
    for (Map.Entry<String, SkuConfig> e : c.skus().entrySet()) {
      SkuConfig s = e.getValue();
      int end = s.endOfSale() == null ? Integer.MAX_VALUE : cal.tickOf(s.endOfSale()) + 1;
      skus.add(
          new Sku(
              e.getKey(),
              s.vendor(),
              s.origin(),
              s.trainPerf(),
              s.inferPerf(),
              s.priceUsd(),
              s.powerKw(),
              cal.tickOf(s.release()),
              end,
              s.serviceLifeMonths(),
              s.tier(),
              s.diesPerChip(),
              s.hbmStacks()));
    }
    List<ExportRule> rules = rules(c, cal);
    ExportRegime regime =
        new ExportRegime(
            rules, c.usControls().initialOffshore(), c.usControls().initialEnforcement());
    World w =
        new World(
            cal,
            new RandomStreams(seed),
            regime,
            new Catalogue(skus),
            new ComputeExchangeService(c.exchange(), CHINA_POLICY),
            new PowerSystem(c.energy()),
            new Frontier(c.frontier(), c.start()),
            new Ecosystem(c.ecosystem()));
    List<Agent> agents = new ArrayList<>();
    agents.add(new UsRegulatorAgent(US_BIS, c.usControls().adaptive(), w));
    agents.add(new ChinaPolicyAgent(CHINA_POLICY, c.chinaPolicy()));
    for (Map.Entry<String, UsSupplierConfig> e : c.usSuppliers().entrySet()) {
      agents.add(new UsSupplierAgent(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, DomesticSupplierConfig> e : c.domesticSuppliers().entrySet()) {
      agents.add(new DomesticSupplierAgent(e.getKey(), e.getValue()));
    }
    agents.add(new GreyMarketAgent("grey-market", c.greyMarket(), w));
    agents.add(new SecondaryMarketAgent(c.secondaryMarketPriceShare()));
    if (c.remoteAccess() != null) {
      agents.add(new blockade.agents.supplier.RemoteCloudAgent(c.remoteAccess()));
    }
    agents.add(new ComputeNetworkAgent(c.computeNetwork(), w));
    for (Map.Entry<String, FundConfig> e : c.funds().entrySet()) {
      agents.add(new StateFundAgent(e.getKey(), e.getValue()));
    }
    if (c.talent() != null) { // after the funds: their talent money arrives the same month
      agents.add(new blockade.agents.talent.TalentMarketAgent(c.talent()));
    }
    for (Map.Entry<String, FirmConfig> e : c.incumbents().firms().entrySet()) {
      FirmAgent f =
          new FirmAgent(
              e.getKey(),
              false,
              e.getValue(),
              c.incumbents().behaviour(),
              new IncumbentFinance(),
              w);
      agents.add(f);
    }
    StartupFinance startupFinance =
        new StartupFinance(c.startups().venture().runwayTriggerMonths());
    for (Map.Entry<String, FirmConfig> e : c.startups().named().entrySet()) {
      agents.add(
          new FirmAgent(
              e.getKey(), true, e.getValue(), c.startups().behaviour(), startupFinance, w));
    }
    PopulationConfig pop = c.startups().population();
    // each member's and entrant's traits come from its own key, whatever the population's size
    KeyedStreams popTraits = w.streams("startups", "population");
    for (int i = 0; i < pop.count(); i++) {
      String id = String.format(java.util.Locale.ROOT, "startup-%03d", i + 1);
      agents.add(
          new FirmAgent(
              id,
              true,
              draw(pop, popTraits.about(id)),
              c.startups().behaviour(),
              startupFinance,
              w));
    }
    KeyedStreams entrantTraits = w.streams("startups", "entrants");
    agents.add(new ServicesMarketAgent(c.servicesMarket()));
    agents.add(
        new VentureCapitalAgent(
            c.startups().venture(),
            w,
            new Entrants(pop, entrantTraits, c.startups().behaviour(), startupFinance)));
    // starting cash of firms and the seed money of named and generic startups
    for (Agent a : agents) {
      if (a instanceof FirmAgent f) {
        w.ledger()
            .inject(
                f.isStartup() ? "private-vc" : "business-cash-flow", f.id(), f.config().cashUsdM());
      }
    }
    return new ModelFactory.Assembly(
        w, agents, List.of(new MetricsRecorder(ScenarioMetrics.registry(c))));
  }

  /**
   * Makes the n-th entrant (id, drawn firm) for the world; a class, not a lambda, so checkpoints
   * can store it.
   */
  private record Entrants(
      PopulationConfig pop,
      KeyedStreams traits,
      FirmBehaviourConfig behaviour,
      StartupFinance finance)
      implements BiFunction<Integer, BuyerPort, FirmAgent>, Serializable {
    @Override
    public FirmAgent apply(Integer n, BuyerPort world) {
      String id = String.format(java.util.Locale.ROOT, "entrant-%04d", n + 1);
      return new FirmAgent(id, true, draw(pop, traits.about(id)), behaviour, finance, world);
    }
  }

  /**
   * The scenario's export-rule timeline (also re-bound into a restored model by {@link MidRun}).
   */
  static List<ExportRule> rules(ScenarioConfig c, Calendar cal) {
    List<ExportRule> rules = new ArrayList<>();
    for (Map.Entry<String, ExportRuleConfig> e : c.usControls().rules().entrySet()) {
      ExportRuleConfig r = e.getValue();
      rules.add(
          ExportRule.builder(e.getKey())
              .announced(cal.tickOf(r.announce()))
              .effective(cal.tickOf(r.effective()))
              .rescinded(r.rescinded() == null ? Integer.MAX_VALUE : cal.tickOf(r.rescinded()))
              .bans(r.banSkus())
              .unbans(r.unbanSkus())
              .offshore(r.offshore())
              .lists(r.entityList())
              .enforcement(r.enforcement() == null ? Double.NaN : r.enforcement())
              .hbmBan(r.hbmBan())
              .remoteAccess(r.remoteAccess())
              .licenceRevenueShare(r.licenceRevenueShare())
              .severity(r.severity())
              .build());
    }
    return rules;
  }

  static FirmConfig draw(PopulationConfig p, UniformRandomProvider rng) {
    return new FirmConfig(
        ln(p.cashUsdM(), rng),
        Map.of(),
        ln(p.burnUsdMPerMonth(), rng),
        0,
        null,
        ln(p.algorithmicMultiplier(), rng),
        Map.of(),
        p.frameworkShare(),
        false,
        false,
        null,
        "",
        0,
        "population");
  }

  private static double ln(LogNormalConfig d, UniformRandomProvider rng) {
    return Draws.lognormal(rng, d.median(), d.sigma());
  }
}
