package blockade.core.engine;

import blockade.core.market.Catalogue;
import java.util.List;

/**
 * What the US regulator sees: the rule timeline it adds to, the catalogue (tiers to ban or allow),
 * the US frontier, and the firms and vendors it watches through their role views.
 */
public interface RegulatorPort extends Port {
  blockade.core.policy.ExportRegime regime();

  Catalogue catalogue();

  Frontier frontier();

  /** Active agents playing a role, in id order. */
  <T> List<T> agents(Class<T> role);
}
