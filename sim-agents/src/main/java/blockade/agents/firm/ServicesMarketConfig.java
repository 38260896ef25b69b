package blockade.agents.firm;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.Map;

/** China's AI-services market (DESIGN §2.9): its size and how firms compete for it. */
@Help(
    "China's AI-services market: users' spend on a demand curve through a size path, shared among firms by a logit on capability and price, with scarcity prices when capacity binds.")
public record ServicesMarketConfig(
    @Help(
            "Market size path, USD billions a year: month YYYY-MM → value, log-linear between points (empty = no market)")
        @Default("{}")
        Map<String, Double> usdBnPerYear,
    @Help(
            "Tokens one effective H100e serves in a month (converts prices to USD per million tokens)")
        @Default("3e9")
        @Min(1)
        double tokensPerH100eMonth,
    @Help(
            "Yearly growth of tokens an H100e serves from algorithmic inference gains (MoE, quantisation, distillation, better kernels), as a share (1.5 = ×2.5 a year); lowers the price per token, not the spend path")
        @Default("0")
        @Min(0)
        @Max(100)
        double tokensGrowthPerYear,
    @Help(
            "List price over serving unit cost (chips' amortised cost + energy per served H100e-month)")
        @Default("1.5")
        @Min(0)
        double markup,
    @Help(
            "Lowest price over serving unit cost a firm accepts when a cheaper rival pulls prices down")
        @Default("1.0")
        @Min(0)
        double floorMarkup,
    @Help(
            "Logit weight of capability: share ∝ exp(this × (capability − best)); capability is log10 of effective training compute")
        @Default("1.0")
        @Min(0)
        double capabilitySensitivity,
    @Help("Price elasticity of share: share ∝ (price / lowest price)^−this") @Default("1.5") @Min(0)
        double priceElasticity,
    @Help(
            "Users' price for which the market path is their spend, USD per million tokens (0 = the path is spent whatever the price)")
        @Default("0")
        @Min(0)
        double referencePriceUsdPerMTok,
    @Help(
            "Price elasticity of users' demand for AI services: quantity ∝ (price index / reference price)^−this; sets the scarcity price when capacity binds")
        @Default("1.0")
        @Min(0)
        double demandElasticity,
    @Help(
            "Highest price users pay, as a multiple of the reference price (of the cost-plus price index without one): scarcity prices stop here")
        @Default("10")
        @Min(1)
        double priceCeilingOverReference,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements Validatable, java.io.Serializable {

  @Override
  public void validate(Validation v) {
    MonthPath.validate(v, "usdBnPerYear", usdBnPerYear);
    v.check(floorMarkup <= markup, "floorMarkup", "must not exceed markup " + markup, floorMarkup);
  }
}
