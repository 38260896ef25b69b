package blockade.agents.talent;

/** An agent that hires AI researchers from the talent market (firms and startups). */
public interface TalentEmployer {
  String id();

  /** Its research staff record. */
  Staff staff();

  /** Its capability (log scale): better labs attract researchers (prospects). */
  double capability();

  /** Free cash it could pay researchers with, USD millions (pay). */
  double talentPayCapacityUsdM();
}
