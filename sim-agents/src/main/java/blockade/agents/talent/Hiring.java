package blockade.agents.talent;

/**
 * What the talent market settled for one employer this month: researchers wanted and hired, and the
 * share of its training compute they can use productively.
 */
public record Hiring(double wanted, double hired, double factor) implements java.io.Serializable {}
