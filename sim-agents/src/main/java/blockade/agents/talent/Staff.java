package blockade.agents.talent;

/**
 * An employer's research staff (DESIGN §9: talent remains a bottleneck): the training compute it
 * plans (set by the employer each month), the researchers the talent market gave it, and the share
 * of its training compute they can use productively (1 with no talent market).
 */
public final class Staff implements java.io.Serializable {
  private double plannedTrainingH100e;
  private double wanted;
  private double hired;
  private double factor = 1;

  /** The employer's planned training compute this month, H100e. */
  public void plan(double trainingH100e) {
    this.plannedTrainingH100e = Math.max(0, trainingH100e);
  }

  double plannedTrainingH100e() {
    return plannedTrainingH100e;
  }

  /**
   * Reads what the talent market settled for the employer this month (researchers wanted and hired,
   * and the productivity factor); keeps the last month's record if the market posted none.
   */
  public void read(TalentBoard board, String employer) {
    Hiring h = board.hiringFor(employer);
    if (h != null) {
      this.wanted = h.wanted();
      this.hired = h.hired();
      this.factor = h.factor();
    }
  }

  /**
   * Share of the employer's training compute its researchers can use productively, 0..1: money
   * without talent buys chips but not progress.
   */
  public double factor() {
    return factor;
  }

  public double hired() {
    return hired;
  }

  public double wanted() {
    return wanted;
  }
}
