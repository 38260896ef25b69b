package blockade.agents.talent;

import blockade.agents.firm.MonthPath;
import blockade.core.config.Default;
import blockade.core.config.Help;
import blockade.core.config.Max;
import blockade.core.config.Min;
import blockade.core.config.Validatable;
import blockade.core.config.Validation;
import java.util.Map;

/** China's pool of AI researchers and how it is hired (DESIGN §9, CALIBRATION §8). */
@Help(
    "China's pool of frontier-capable AI researchers: inflows (graduates who stay, returnees, state training), attrition, a wage that clears it, and what a shortfall costs a firm's progress.")
public record TalentConfig(
    @Help("Researchers in the pool at the start") @Min(0) double initialResearchers,
    @Help("New frontier-capable graduates a year, by month (YYYY-MM: researchers/yr; log-linear)")
        Map<String, Double> graduatesPerYear,
    @Help("Share of graduates who stay in China (the rest emigrate, mostly to the US), by month")
        Map<String, Double> stayShare,
    @Help("Researchers returning from abroad a year, by month") @Default("{}")
        Map<String, Double> returneesPerYear,
    @Help("Share of the pool leaving a year (emigration, leaving research)")
        @Default("0.03")
        @Min(0)
        @Max(1)
        double attritionPerYear,
    @Help("Researchers a lab needs per 1,000 H100e of training compute to use it productively")
        @Min(0)
        double researchersPerThousandH100e,
    @Help(
            "Elasticity of productive training compute to staffing: factor = (hired/wanted)^elasticity when short")
        @Default("0.5")
        @Min(0)
        @Max(2)
        double shortfallElasticity,
    @Help("Annual wage at the start, thousands USD") @Min(0) double initialWageUsdK,
    @Help("Wage step per unit of relative excess demand") @Default("0.1") @Min(0) @Max(10)
        double wageSensitivity,
    @Help("Largest wage move in one month, as a share") @Default("0.03") @Min(0) @Max(1)
        double maxWageStepShare,
    @Help("Attraction per unit of capability above the mean (prospects): share ∝ exp(this × gap)")
        @Default("0.5")
        @Min(0)
        @Max(10)
        double prospectsSensitivity,
    @Help("Attraction per doubling of pay capacity (free cash per wanted researcher)")
        @Default("0.2")
        @Min(0)
        @Max(10)
        double paySensitivity,
    @Help("State money to train one researcher (programmes, pilot zones), USD millions")
        @Default("0.5")
        @Min(0.001)
        double usdMPerResearcherTrained,
    @Help("Months from state training money to a researcher in the pool")
        @Default("36")
        @Min(0)
        @Max(60)
        int trainingLagMonths,
    @Help("Share of state talent money that pays state-lab researchers (the rest trains new ones)")
        @Default("0.3")
        @Min(0)
        @Max(1)
        double stateLabShare,
    @Help("State lab's attraction relative to a firm of mean capability (1 = equal)")
        @Default("0.5")
        @Min(0)
        @Max(10)
        double stateLabAttraction,
    @Help("New researchers each state-lab researcher trains a year (pilot zones, teaching)")
        @Default("0.2")
        @Min(0)
        @Max(10)
        double stateLabTraineesPerYear,
    @Help("Where the numbers come from") @Default("\"\"") String source)
    implements java.io.Serializable, Validatable {

  @Override
  public void validate(Validation v) {
    MonthPath.validate(v, "graduatesPerYear", graduatesPerYear);
    MonthPath.validate(v, "stayShare", stayShare);
    MonthPath.validate(v, "returneesPerYear", returneesPerYear);
    stayShare.forEach(
        (m, s) -> v.check(s != null && s <= 1, "stayShare." + m, "must be at most 1", s));
  }
}
