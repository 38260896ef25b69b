package blockade.agents.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.policy.ExportRegime;
import blockade.core.policy.ExportRule;
import blockade.core.policy.OffshorePolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupplierRulesTest {
  @Test
  void yieldCurve_startsAtInitial_risesMonotonically_towardsMax() {
    YieldCurve y = new YieldCurve(0.2, 0.6, 1000, 0.5);
    assertEquals(0.2, y.at(0), 1e-12);
    double prev = 0;
    for (int q = 0; q < 100000; q += 5000) {
      assertTrue(y.at(q) >= prev);
      assertTrue(y.at(q) < 0.6);
      prev = y.at(q);
    }
    assertTrue(y.at(1e9) > 0.59);
  }

  private static ExportRule rule(
      String id, int a, int e, int resc, Set<String> ban, Set<String> unban, OffshorePolicy off) {
    return ExportRule.builder(id)
        .announced(a)
        .effective(e)
        .rescinded(resc)
        .bans(ban)
        .unbans(unban)
        .offshore(off)
        .build();
  }

  @Test
  void regime_filtersBannedSkus_fromEffectiveDate_andAnnouncesAhead() {
    ExportRegime r =
        new ExportRegime(
            List.of(
                rule("oct-2023", 10, 13, Integer.MAX_VALUE, Set.of("h800"), Set.of(), null),
                rule("licence", 20, 22, Integer.MAX_VALUE, Set.of(), Set.of("h800"), null),
                rule("diffusion", 15, 18, 18, Set.of(), Set.of(), OffshorePolicy.CLOSED)),
            OffshorePolicy.OPEN,
            0.2);
    assertTrue(!r.bannedForChina("h800", 12));
    assertEquals(13, r.announcedBan("h800", 11).getAsInt());
    assertTrue(r.announcedBan("h800", 9).isEmpty());
    assertTrue(r.bannedForChina("h800", 13));
    assertTrue(!r.bannedForChina("h800", 22), "licences re-allow it");
    assertEquals(OffshorePolicy.OPEN, r.at(19).offshore(), "rescinded before taking effect");
    assertTrue(r.offshoreMayBuy("h800", 14));
    assertEquals(1, r.at(13).level(), 1e-12);
  }
}
