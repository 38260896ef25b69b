package blockade.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the market network places each kind of agent. */
class NodeGroupTest {
  @Test
  void marketsSitWithTheExchange_andChipChannelsWithTheSuppliers() {
    assertEquals(NodeGroup.EXCHANGE, NodeGroup.of("services-market"));
    assertEquals(NodeGroup.EXCHANGE, NodeGroup.of("talent-market"), "researchers are a market");
    assertEquals(NodeGroup.SUPPLIER, NodeGroup.of("grey-market"), "smugglers sell chips");
    assertEquals(NodeGroup.SUPPLIER, NodeGroup.of("remote-cloud"), "foreign clouds sell compute");
    assertEquals(NodeGroup.FUND, NodeGroup.of("compute-network"));
  }
}
