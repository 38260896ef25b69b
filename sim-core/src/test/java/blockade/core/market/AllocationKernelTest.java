package blockade.core.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AllocationKernelTest {
  private static Claim c(String id, long units) {
    return new Claim(id, units, false);
  }

  private static Claim d(String id, long units) {
    return new Claim(id, units, true);
  }

  @Test
  void allocate_enoughCapacity_givesEveryoneTheirRequest() {
    List<Claim> claims = List.of(c("a", 5), d("b", 7), c("c", 0));
    for (AllocationRule rule : AllocationRule.values()) {
      assertArrayEquals(new long[] {5, 7, 0}, AllocationKernel.allocate(12, claims, rule));
      assertArrayEquals(new long[] {5, 7, 0}, AllocationKernel.allocate(100, claims, rule));
    }
  }

  @Test
  void allocate_proRata_floorsThenLargestRemainders() {
    // 10 units over 3+3+4=10 requested... capacity 7: exact shares 2.1, 2.1, 2.8
    long[] got =
        AllocationKernel.allocate(
            7, List.of(c("a", 3), c("b", 3), c("c", 4)), AllocationRule.PRO_RATA);
    assertArrayEquals(new long[] {2, 2, 3}, got);
  }

  @Test
  void allocate_proRata_equalRemainders_goByAgentId() {
    // shares 1.5 each, one leftover unit: "a" before "b"
    assertArrayEquals(
        new long[] {1, 2},
        AllocationKernel.allocate(3, List.of(c("b", 2), c("a", 2)), AllocationRule.PRO_RATA));
  }

  @Test
  void allocate_priority_servesDesignatedFirst() {
    List<Claim> claims = List.of(c("x", 10), d("s1", 4), c("y", 30), d("s2", 6));
    long[] got = AllocationKernel.allocate(20, claims, AllocationRule.PRIORITY);
    assertEquals(4, got[1]);
    assertEquals(6, got[3]);
    assertArrayEquals(new long[] {3, 4, 7, 6}, got); // 10 left: 2.5 and 7.5, tie on .5 → "x"
  }

  @Test
  void allocate_priority_shortEvenForDesignated_sharesAmongThemOnly() {
    List<Claim> claims = List.of(c("x", 10), d("s1", 4), d("s2", 12));
    assertArrayEquals(
        new long[] {0, 2, 6}, AllocationKernel.allocate(8, claims, AllocationRule.PRIORITY));
  }

  @Test
  void allocate_zeroCapacity_givesNothing() {
    assertArrayEquals(
        new long[] {0, 0},
        AllocationKernel.allocate(0, List.of(c("a", 3), d("b", 1)), AllocationRule.PRIORITY));
  }

  @Test
  void allocate_hugeNumbers_doNotOverflow() {
    long big = Long.MAX_VALUE / 4;
    long[] got =
        AllocationKernel.allocate(
            big, List.of(c("a", big), c("b", big), c("c", big)), AllocationRule.PRO_RATA);
    assertEquals(big, got[0] + got[1] + got[2]);
  }

  @Test
  void allocate_randomClaims_keepInvariantsAndArePermutationInvariant() {
    SplittableRandom rng = new SplittableRandom(7_2024L);
    Random shuffler = new Random(11);
    for (int round = 0; round < 2000; round++) {
      int n = rng.nextInt(10);
      List<Claim> claims = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < n; i++) {
        long units = rng.nextInt(4) == 0 ? 0 : rng.nextLong(1, 50);
        claims.add(new Claim("agent-" + i, units, rng.nextInt(3) == 0));
        total += units;
      }
      long capacity = rng.nextLong(0, 2 * total + 2);
      for (AllocationRule rule : AllocationRule.values()) {
        long[] got = AllocationKernel.allocate(capacity, claims, rule);
        long sum = 0;
        for (int i = 0; i < n; i++) {
          assertTrue(got[i] >= 0 && got[i] <= claims.get(i).requestedUnits());
          sum += got[i];
        }
        assertEquals(Math.min(capacity, total), sum);
        if (rule == AllocationRule.PRIORITY) {
          boolean othersGotAny = false;
          boolean designatedShort = false;
          for (int i = 0; i < n; i++) {
            othersGotAny |= !claims.get(i).designated() && got[i] > 0;
            designatedShort |=
                claims.get(i).designated() && got[i] < claims.get(i).requestedUnits();
          }
          assertTrue(!(othersGotAny && designatedShort), "others served before designated");
        } else {
          // no claim's share is more than one unit away from its exact pro-rata share
          for (int i = 0; i < n && total > capacity; i++) {
            double exact = (double) capacity * claims.get(i).requestedUnits() / total;
            assertTrue(Math.abs(got[i] - exact) < 1 + 1e-9);
          }
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          idx.add(i);
        }
        Collections.shuffle(idx, shuffler);
        List<Claim> permuted = idx.stream().map(claims::get).toList();
        long[] again = AllocationKernel.allocate(capacity, permuted, rule);
        for (int k = 0; k < n; k++) {
          assertEquals(got[idx.get(k)], again[k], "permutation changed " + permuted.get(k));
        }
      }
    }
  }

  @Test
  void allocate_invalidInputs_areRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AllocationKernel.allocate(-1, List.of(), AllocationRule.PRO_RATA));
    assertThrows(
        IllegalArgumentException.class,
        () -> AllocationKernel.allocate(1, List.of(c("a", -2)), AllocationRule.PRO_RATA));
    assertThrows(
        IllegalArgumentException.class,
        () -> AllocationKernel.allocate(1, List.of(c(null, 2)), AllocationRule.PRO_RATA));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AllocationKernel.allocate(
                1, List.of(c("a", Long.MAX_VALUE), c("b", 1)), AllocationRule.PRO_RATA));
    assertThrows(
        IllegalArgumentException.class, () -> AllocationKernel.allocate(1, List.of(), null));
  }

  @Test
  void allocationRule_configNames_roundTrip() {
    assertEquals(AllocationRule.PRO_RATA, AllocationRule.fromConfigName("pro-rata"));
    assertEquals(AllocationRule.PRIORITY, AllocationRule.fromConfigName("priority"));
    for (AllocationRule r : AllocationRule.values()) {
      assertEquals(r, AllocationRule.fromConfigName(r.configName()));
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AllocationRule.fromConfigName("PRO_RATA"));
    assertEquals("unknown allocation rule PRO_RATA; valid: pro-rata, priority", e.getMessage());
  }
}
