package blockade.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation-free shortcuts give exactly what the general paths give. */
class RandomStreamsShortcutsTest {
  private static long fnv1aOfBytes(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Test
  void fnv1aHashesTheUtf8BytesOfAsciiAndNonAsciiIds() {
    for (String id :
        List.of("", "a", "startup-000123@42", "zhipu-like", "中芯", "ab中c", "x\uD83D\uDE00y", "é")) {
      assertEquals(fnv1aOfBytes(id), RandomStreams.fnv1a(id), id);
    }
  }

  @Test
  void hashesContinue() {
    assertEquals(
        RandomStreams.fnv1a("ab中c@12"), RandomStreams.fnv1a(RandomStreams.fnv1a("ab中"), "c@12"));
  }

  @Test
  void firstLongIsTheStreamsFirstDraw() {
    for (long seed : new long[] {0, 1, -7, 123456789L}) {
      RandomStreams s = new RandomStreams(seed);
      KeyedStreams k = KeyedStreams.of(seed, "engine", "decide-order");
      for (int i = 0; i < 200; i++) {
        String id = "agent-" + i;
        assertEquals(s.stream(id).nextLong(), s.firstLong(id), id);
        long first = k.about(id, i * 7).nextLong();
        assertEquals(first, k.firstLongAbout(id, i * 7), id);
        assertEquals(first, k.firstLongAbout(KeyedStreams.targetHash(id), i * 7), id);
      }
    }
  }
}
