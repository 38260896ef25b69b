package blockade.core.engine;

import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import java.time.YearMonth;

/**
 * One point of the US frontier path: the largest US training run to date at a month. FLOP are
 * written as log10 because frontier runs (1e25–1e29 FLOP) exceed the config's 1e15 magnitude limit.
 */
@Help(
    "One point of the US frontier path: month and log10 FLOP of the largest US training run to date.")
public record RunPoint(
    @Help("Month of the point, YYYY-MM") YearMonth date,
    @Help("log10 of the largest US training run's FLOP at that month (GPT-4 ≈ 2.1e25 FLOP → 25.32)")
        @Min(15)
        @Max(35)
        double log10Flop)
    implements java.io.Serializable {}
