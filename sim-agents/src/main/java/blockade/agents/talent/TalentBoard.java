package blockade.agents.talent;

/**
 * The talent market's posted results: each employer reads its own {@link Hiring} in its next step,
 * so the market never writes into an employer (DESIGN: agents never write into each other).
 */
public interface TalentBoard {
  /** This month's hiring for an employer, or null if it was not in the market this month. */
  Hiring hiringFor(String employer);
}
