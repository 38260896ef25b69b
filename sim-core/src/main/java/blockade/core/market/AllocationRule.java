package blockade.core.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a capacity-limited supplier splits its monthly output when orders exceed it (DESIGN §2.1):
 * {@code pro-rata} to requests, or {@code priority} to state-designated buyers first. Chosen by
 * name in the scenario file.
 */
public enum AllocationRule {
  /** Everyone gets the same share of their request. */
  PRO_RATA("pro-rata"),
  /** Designated buyers are served first, the rest share what is left pro rata. */
  PRIORITY("priority");

  static final String UNKNOWN = "unknown allocation rule %s; valid: %s";

  private final String configName;

  AllocationRule(String configName) {
    this.configName = configName;
  }

  /** The name used in scenario files. */
  @JsonValue
  public String configName() {
    return configName;
  }

  /**
   * Looks a rule up by its config name.
   *
   * @throws IllegalArgumentException naming the valid names when there is no such rule
   */
  @JsonCreator
  public static AllocationRule fromConfigName(String name) {
    for (AllocationRule r : values()) {
      if (r.configName.equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            UNKNOWN,
            name,
            Arrays.stream(values())
                .map(AllocationRule::configName)
                .collect(Collectors.joining(", "))));
  }
}
