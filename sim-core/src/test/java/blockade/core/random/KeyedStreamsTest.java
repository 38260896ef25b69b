package blockade.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class KeyedStreamsTest {
  private static long[] draws(UniformRandomProvider r) {
    return new long[] {r.nextLong(), r.nextLong(), r.nextLong()};
  }

  @Test
  void aDrawAboutATarget_dependsOnlyOnSeedDeciderPurposeTargetAndMonth() {
    KeyedStreams a = KeyedStreams.of(7, "us-bis", "listing");
    // other targets drawn first, in another order, or not at all: the same draws for the target
    long[] alone = draws(a.about("bytedance-like", 30));
    KeyedStreams b = KeyedStreams.of(7, "us-bis", "listing");
    draws(b.about("alibaba-like", 30));
    draws(b.about("entrant-0001", 30));
    draws(b.about("bytedance-like", 29));
    assertArrayEquals(alone, draws(b.about("bytedance-like", 30)));
    assertArrayEquals(alone, draws(a.about("bytedance-like", 30)), "no state between calls");
    // any part of the key changes them
    assertFalse(alone[0] == draws(a.about("bytedance-like", 31))[0]);
    assertFalse(alone[0] == draws(a.about("alibaba-like", 30))[0]);
    assertFalse(
        alone[0] == draws(KeyedStreams.of(7, "us-bis", "other").about("bytedance-like", 30))[0]);
    assertFalse(
        alone[0] == draws(KeyedStreams.of(8, "us-bis", "listing").about("bytedance-like", 30))[0]);
    assertFalse(
        alone[0] == draws(a.about("bytedance-like"))[0], "once-only draws have their own key");
    assertEquals("us-bis/listing/bytedance-like", a.key("bytedance-like"));
  }

  @Test
  void fromAPortsStream_equalsFromTheMasterSeed() {
    RandomStreams streams = new RandomStreams(42);
    KeyedStreams viaPort =
        KeyedStreams.of("private-vc", "round", streams.stream("private-vc/round"));
    KeyedStreams direct = KeyedStreams.of(42, "private-vc", "round");
    assertArrayEquals(draws(direct.about("s", 3)), draws(viaPort.about("s", 3)));
  }

  @Test
  void survivesACheckpoint() throws Exception {
    KeyedStreams k = KeyedStreams.of(3, "grey-market", "seizure");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(k);
    }
    KeyedStreams back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (KeyedStreams) in.readObject();
    }
    assertArrayEquals(draws(k.about("x/H100", 12)), draws(back.about("x/H100", 12)));
  }
}
