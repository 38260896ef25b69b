package blockade.core.market;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;

/** The national compute exchange (DESIGN §2.5). */
@Help("The national compute exchange: a monthly call auction of idle H100e-months.")
public record ExchangeConfig(
    @Help("Whether the exchange runs") @Default("true") boolean enabled,
    @Help("Fee on each trade, share of the price, paid by sellers to the operator (china-policy)")
        @Default("0.02")
        @Min(0)
        @Max(0.5)
        double feeShare,
    @Help("Share of its idle capacity a holder offers") @Default("0.8") @Min(0) @Max(1)
        double idleOfferShare,
    @Help("Sellers' reserve price = (energy + depreciation) × this markup")
        @Default("1.1")
        @Min(0)
        @Max(5)
        double reserveMarkup)
    implements java.io.Serializable {}
