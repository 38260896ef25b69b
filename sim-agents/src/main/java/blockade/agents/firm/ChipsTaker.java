package blockade.agents.firm;

import blockade.core.engine.World;
import blockade.core.market.Sku;
import java.util.Map;

/** Where a bankrupt firm's chips go: the secondary market. */
public interface ChipsTaker {
  void take(String fromFirm, Map<Sku, Long> chips, World world);
}
