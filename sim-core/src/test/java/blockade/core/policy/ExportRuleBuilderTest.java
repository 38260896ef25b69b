package blockade.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportRuleBuilderTest {
  @Test
  void builder_setsEveryField_likeThePositionalConstructor() {
    ExportRule built =
        ExportRule.builder("oct-2023")
            .announced(12)
            .effective(13)
            .rescinded(40)
            .bans(List.of("h800", "a800"))
            .unbans(Set.of("h20"))
            .offshore(OffshorePolicy.COMPLIANT_ONLY)
            .lists(List.of("x", "a"))
            .enforcement(0.4)
            .hbmBan(true)
            .severity(2)
            .remoteAccess(false)
            .licenceRevenueShare(0.15)
            .build();
    ExportRule positional =
        new ExportRule(
            "oct-2023",
            12,
            13,
            40,
            Set.of("a800", "h800"),
            Set.of("h20"),
            OffshorePolicy.COMPLIANT_ONLY,
            Set.of("a", "x"),
            0.4,
            true,
            2,
            false,
            0.15);
    assertEquals(positional, built);
    assertEquals(List.of("a800", "h800"), List.copyOf(built.banSkus()), "sets are sorted");
  }

  @Test
  void builder_defaults_keepEverythingButTheEffectiveTick() {
    ExportRule r = ExportRule.builder("r").effective(5).build();
    assertEquals(5, r.announceTick(), "announced when it takes effect");
    assertEquals(Integer.MAX_VALUE, r.rescindedTick());
    assertTrue(r.banSkus().isEmpty() && r.unbanSkus().isEmpty() && r.entityList().isEmpty());
    assertEquals(null, r.offshore());
    assertTrue(Double.isNaN(r.enforcement()));
    assertEquals(false, r.hbmBan());
    assertEquals(1.0, r.severity());
    assertThrows(IllegalStateException.class, () -> ExportRule.builder("no-date").build());
  }
}
