package blockade.core.engine;

import blockade.core.market.Sku;
import java.util.Map;

/** Where an exiting agent's chips go: the secondary market. */
public interface ChipsTaker {
  void take(String fromFirm, Map<Sku, Long> chips, Port port);
}
