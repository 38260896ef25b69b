package blockade.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.observe.PurchaseRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseLogTest {
  private static Sku sku(String name, Origin o) {
    return new Sku(
        name,
        o == Origin.US ? "nvidia-like" : "huawei-like",
        o,
        1,
        1,
        10_000,
        0.7,
        0,
        Integer.MAX_VALUE,
        60,
        1,
        1,
        0);
  }

  @Test
  void channelOfADelivery_followsOriginSellerAndLocation() {
    Sku h100 = sku("h100", Origin.US);
    Sku ascend = sku("910c", Origin.DOMESTIC);
    assertEquals(PurchaseChannel.LICENSED, PurchaseChannel.of(h100, true, Location.DOMESTIC));
    assertEquals(PurchaseChannel.OFFSHORE, PurchaseChannel.of(h100, true, Location.OFFSHORE));
    assertEquals(PurchaseChannel.GREY, PurchaseChannel.of(h100, false, Location.DOMESTIC));
    assertEquals(PurchaseChannel.DOMESTIC, PurchaseChannel.of(ascend, true, Location.DOMESTIC));
    assertEquals("remote", PurchaseChannel.REMOTE.configName());
    assertTrue(PurchaseChannel.GREY.inChina() && !PurchaseChannel.OFFSHORE.inChina());
    assertTrue(!PurchaseChannel.REMOTE.inChina() && !PurchaseChannel.REMOTE.soldByUsVendor());
  }

  @Test
  void rows_areAggregatedPerMonthKindSkuChannel_inOutputOrder() throws Exception {
    PurchaseLog log = new PurchaseLog();
    log.record(3, "2023-01", "startup", "h20", PurchaseChannel.LICENSED, 5, 0.5);
    log.record(2, "2022-12", "incumbent", "h20", PurchaseChannel.LICENSED, 10, 1.0);
    log.record(3, "2023-01", "incumbent", "h20", PurchaseChannel.LICENSED, 7, 0.7);
    log.record(3, "2023-01", "incumbent", "h20", PurchaseChannel.GREY, 1, 0.2);
    log.record(3, "2023-01", "incumbent", "h20", PurchaseChannel.LICENSED, 3, 0.3);
    log.record(3, "2023-01", "incumbent", "910b", PurchaseChannel.DOMESTIC, 0, 0); // nothing
    List<PurchaseRow> expected =
        List.of(
            new PurchaseRow(2, "2022-12", "incumbent", "h20", "licensed", 10, 1.0),
            new PurchaseRow(3, "2023-01", "incumbent", "h20", "grey", 1, 0.2),
            new PurchaseRow(3, "2023-01", "incumbent", "h20", "licensed", 10, 1.0),
            new PurchaseRow(3, "2023-01", "startup", "h20", "licensed", 5, 0.5));
    assertEquals(expected, log.rows());
    assertEquals(expected.subList(1, 4), log.rows(3));
    assertEquals(List.of(), log.rows(4));
    // a checkpoint keeps the log
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(log);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(expected, ((PurchaseLog) in.readObject()).rows());
    }
  }
}
