package blockade.core.observe;

import java.util.Map;

/**
 * Final state of one agent for {@code agents.csv}: id, kind and named numeric/text fields. The
 * field order of the map is the column order (use a LinkedHashMap).
 */
public record AgentRow(String id, String kind, Map<String, Object> fields) {}
