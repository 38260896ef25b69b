package blockade.core.engine;

import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.List;

/**
 * The exogenous US frontier (DESIGN §2.8) and how Chinese capability is measured on its scale: a
 * path of the largest US training run, US algorithmic progress, and how that progress reaches
 * Chinese firms.
 */
@Help(
    "The US frontier path (largest US training run) and the one capability scale Chinese firms are measured on.")
public record FrontierConfig(
    @Help(
            "Largest US training run to date: (date, log10Flop) points, log-linear in between; at least 2, dates increasing, FLOP never falling. Before the first point the first segment's growth is extended backwards; after the last point the run size stays at the last point")
        List<RunPoint> usLargestRun,
    @Help(
            "log10 of the FLOP one H100e-month of training delivers (989 TFLOPS dense BF16 × 730 h at ~40 % utilisation ≈ 1e21 → 21)")
        @Default("21")
        @Min(18)
        @Max(24)
        double log10FlopPerH100eMonth,
    @Help(
            "US frontier algorithmic efficiency gain per year, as a multiple (1 at the start of the run)")
        @Default("3")
        @Min(1)
        @Max(20)
        double algorithmicGrowthPerYear,
    @Help("Window of a firm's training compute its capability is built from, months")
        @Default("12")
        @Min(1)
        @Max(60)
        int capabilityWindowMonths,
    @Help(
            "Share of a firm's training compute over the window that its largest run uses (the rest is experiments, synthetic data, other models), 0..1")
        @Default("0.15")
        @Min(0.001)
        @Max(1)
        double largestRunShare,
    @Help(
            "Months before US frontier algorithmic progress reaches Chinese firms (publications, open weights, distillation)")
        @Default("6")
        @Min(0)
        @Max(120)
        double diffusionLagMonths,
    @Help(
            "Share of US frontier algorithmic progress (in log terms) that reaches Chinese firms, 0..1")
        @Default("1")
        @Min(0)
        @Max(1)
        double diffusionShare)
    implements Validatable, java.io.Serializable {

  @Override
  public void validate(Validation v) {
    if (usLargestRun == null) {
      return;
    }
    v.check(
        usLargestRun.size() >= 2,
        "usLargestRun",
        "needs at least 2 points (date, log10Flop)",
        usLargestRun.size());
    for (int i = 1; i < usLargestRun.size(); i++) {
      RunPoint prev = usLargestRun.get(i - 1);
      RunPoint p = usLargestRun.get(i);
      if (prev == null || p == null || prev.date() == null || p.date() == null) {
        continue;
      }
      v.check(
          p.date().isAfter(prev.date()),
          "usLargestRun[" + i + "].date",
          "must be after the previous point's date " + prev.date(),
          p.date());
      v.check(
          p.log10Flop() >= prev.log10Flop(),
          "usLargestRun[" + i + "].log10Flop",
          "must not be below the previous point's "
              + prev.log10Flop()
              + " (the largest run to date never shrinks)",
          p.log10Flop());
    }
  }
}
