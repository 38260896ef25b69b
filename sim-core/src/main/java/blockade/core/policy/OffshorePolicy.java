package blockade.core.policy;

/**
 * What US rules let Chinese-owned datacenters outside China buy: anything not banned for them
 * ({@code OPEN}), only the chips China-based buyers may also buy ({@code COMPLIANT_ONLY}), or
 * nothing from US vendors ({@code CLOSED}).
 */
public enum OffshorePolicy {
  OPEN,
  COMPLIANT_ONLY,
  CLOSED;

  public String configName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
