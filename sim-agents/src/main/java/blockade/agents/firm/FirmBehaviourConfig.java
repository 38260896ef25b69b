package blockade.agents.firm;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** Decision parameters shared by all firms of a kind (incumbents, startups). */
@Help(
    "How firms of this kind decide: demand growth, chip choice, stockpiling, offshore, migration, trading.")
public record FirmBehaviourConfig(
    @Help(
            "Share of its compute a firm keeps for training, which serving cannot take (the rest serves its users, up to what they need)")
        @Min(0)
        @Max(1)
        double trainingShare,
    @Help(
            "Incumbents: share of AI capex that buys accelerators (the rest is buildings, networking, power)")
        @Default("0.6")
        @Min(0)
        @Max(1)
        double chipShareOfCapex,
    @Help("Share of AI revenue a firm reinvests in chips on top of its capex or raised capital")
        @Default("0.5")
        @Min(0)
        @Max(1)
        double revenueReinvestShare,
    @Help(
            "Startups: months over which raised capital is paced (spending per month = spendable cash / this)")
        @Default("24")
        @Min(1)
        @Max(120)
        double targetRunwayMonths,
    @Help(
            "Startups: precautionary reserve, in months of running costs, kept before buying or renting compute")
        @Default("6")
        @Min(0)
        @Max(60)
        double reserveMonthsOfBurn,
    @Help("Sharpness of the chip choice: order shares ∝ (value per dollar)^sharpness")
        @Default("6")
        @Min(0)
        @Max(50)
        double choiceSharpness,
    @Help(
            "Sanction-resilience weight: US chips lose this share of value per export_regime_level point (risk of future bans)")
        @Default("0.08")
        @Min(0)
        @Max(1)
        double usRiskAversion,
    @Help(
            "Share of value a firm gives up on smuggled chips (legal, compliance and reputational risk beyond seizures)")
        @Default("0")
        @Min(0)
        @Max(1)
        double greyMarketPenalty,
    @Help(
            "Share of the compute gap a firm closes by buying chips each month (the rest it tries to rent)")
        @Default("1")
        @Min(0)
        @Max(1)
        double buyShare,
    @Help("Months of normal purchases pulled forward when a ban is announced")
        @Default("12")
        @Min(0)
        @Max(48)
        double stockpileMonths,
    @Help("Share of cash a firm may commit to stockpiling in a month")
        @Default("0.6")
        @Min(0)
        @Max(1)
        double stockpileCashShare,
    @Help(
            "Months of its chip capex the parent business adds from its own cash for a stockpile while a ban is announced (beyond the capex path: rushes overshoot plans); renewed once no ban is pending (0 = a stockpile must fit this month's budget and cash)")
        @Default("0")
        @Min(0)
        @Max(24)
        double stockpileAdvanceMonths,
    @Help("Planning headroom: capacity sought above current demand, as a share")
        @Default("0.1")
        @Min(0)
        @Max(2)
        double headroomShare,
    @Help(
            "Stock adjustment time: each month a firm orders this fraction 1/n of its capacity gap (smooths orders over lead times)")
        @Default("2")
        @Min(1)
        @Max(24)
        double gapClosingMonths,
    @Help("Compute value used to bid on the exchange, USD per H100e-month") @Default("2500") @Min(0)
        double computeValueUsdPerH100eMonth,
    @Help("Share of its cash a firm keeps as a reserve and does not spend on chips")
        @Default("0.1")
        @Min(0)
        @Max(1)
        double cashReserveShare,
    @Help("Offshore: capex of a site, USD millions") @Default("500") @Min(0)
        double offshoreSiteCapexUsdM,
    @Help("Offshore: power capacity of a site, MW") @Default("50") @Min(0) double offshoreSiteMw,
    @Help("Offshore: months from decision to a ready site (6–12)") @Default("9") @Min(0) @Max(48)
        int offshoreLeadTimeMonths,
    @Help(
            "Offshore: months from decision to leased capacity (firms that cannot pay twice the capex lease)")
        @Default("3")
        @Min(0)
        @Max(48)
        int offshoreLeaseLeadTimeMonths,
    @Help("Offshore: running cost of leased capacity relative to an owned site")
        @Default("1.6")
        @Min(1)
        @Max(10)
        double offshoreLeaseOpexMultiplier,
    @Help(
            "Offshore: controls bind when the best US training chip a firm may buy at home is this much (as a share) below the best it could buy offshore")
        @Default("0.3")
        @Min(0)
        @Max(1)
        double offshoreTriggerShare,
    @Help("Offshore: at most this many sites per firm") @Default("2") @Min(0) @Max(20)
        int offshoreMaxSites,
    @Help(
            "Offshore: months controls must have bound at home before a firm commits to a site (firms first wait for compliant parts)")
        @Default("6")
        @Min(0)
        @Max(60)
        int offshoreBindingMonths,
    @Help("Migration: share of workloads moved to the domestic stack in one slice")
        @Default("0.2")
        @Min(0.01)
        @Max(1)
        double migrationSliceShare,
    @Help("Migration: cost of one slice per 1,000 H100e of fleet, USD millions")
        @Default("5")
        @Min(0)
        double migrationCostUsdMPer1000H100e,
    @Help(
            "Migration: months a slice runs at reduced productivity with an immature ecosystem and no experience (iFlytek: ~3 months for its move)")
        @Default("4")
        @Min(0)
        @Max(36)
        double migrationBaseDelayMonths,
    @Help("Migration: productivity of migrating work while the slice is moved, 0..1")
        @Default("0.4")
        @Min(0)
        @Max(1)
        double migrationProductivity,
    @Help("Migration: each finished slice multiplies the next slice's delay by this (learning)")
        @Default("0.8")
        @Min(0.1)
        @Max(1)
        double migrationExperienceFactor,
    @Help(
            "Migration: a firm starts a slice when the domestic share of its fleet exceeds its framework share by this much")
        @Default("0.1")
        @Min(0)
        @Max(1)
        double migrationTriggerGap)
    implements java.io.Serializable {}
