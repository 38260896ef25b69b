package blockade.agents.fund;

/**
 * How a fund picks startups (DESIGN §2.4): {@code PROVEN} ranks by capability and backs the
 * leaders, {@code SPREAD} gives every startup an equal share, {@code DIRECTIVE} gives rigid equal
 * quotas that must be spent on domestic chips whatever the firm's software stack.
 */
public enum FundStrategy {
  PROVEN,
  SPREAD,
  DIRECTIVE
}
