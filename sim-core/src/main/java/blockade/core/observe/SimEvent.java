package blockade.core.observe;

/**
 * One thing that happened in a run and matters to a researcher: a rule announced, a ban in
 * force, a firm listed, an offshore site built, a migration, a bankruptcy, an investment.
 *
 * @param tick month index from the start (0-based)
 * @param date the tick's month as YYYY-MM
 * @param type event type in snake_case (see {@link EventTypes})
 * @param agent id of the agent it concerns (or the regulator that acted)
 * @param detail free text, no newlines
 */
public record SimEvent(int tick, String date, String type, String agent, String detail) implements java.io.Serializable {}
