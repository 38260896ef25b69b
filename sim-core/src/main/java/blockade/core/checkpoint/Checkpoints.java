package blockade.core.checkpoint;

import blockade.core.engine.BlockadeModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Saves and restores a whole {@link BlockadeModel} (agents, services, ledgers, markets, random
 * streams, the history recorded so far). A checkpoint file is a small header ({@link Header}:
 * format version, Blockade version, config hash, seed, month, resolved config) followed by the
 * Java-serialized model and its length and CRC-32; the model is deserialized only when the header
 * and checksum match, and only classes of Blockade, the JDK, Commons RNG and MASON are accepted.
 */
public final class Checkpoints {
  /** First bytes of every checkpoint file. */
  static final byte[] MAGIC = "BLOCKADE-CHECKPOINT\n".getBytes(StandardCharsets.US_ASCII);

  /** Version of the file layout and of the serialized model; another version is refused. */
  public static final int FORMAT = 2;

  private static final int MAX_TEXT = 4096;
  private static final int MAX_CONFIG = 16 << 20;

  private static final String[] ALLOWED = {
    "blockade.", "java.", "org.apache.commons.rng.", "sim.", "ec.util."
  };

  /**
   * Only the classes a model is made of may be deserialized (and nothing deeper than a model can
   * be).
   */
  static final ObjectInputFilter FILTER =
      info -> {
        if (info.depth() > 2000) {
          return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        if (c == null) {
          return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
          c = c.getComponentType();
        }
        if (c.isPrimitive()) {
          return ObjectInputFilter.Status.ALLOWED;
        }
        for (String p : ALLOWED) {
          if (c.getName().startsWith(p)) {
            return ObjectInputFilter.Status.ALLOWED;
          }
        }
        return ObjectInputFilter.Status.REJECTED;
      };

  private Checkpoints() {}

  /**
   * What a checkpoint is of.
   *
   * @param format {@link #FORMAT} when written
   * @param version Blockade version that wrote it
   * @param configHash hash of the resolved config of the run
   * @param seed master seed of the run
   * @param date the month the run continues with (YYYY-MM): the checkpoint holds every month before
   *     it
   * @param tick that month's tick
   * @param config the resolved config (YAML) of the run, so {@code --set} can be applied to it
   */
  public record Header(
      int format,
      String version,
      String configHash,
      long seed,
      String date,
      int tick,
      String config) {}

  /** A checkpoint read back: its header and the model, ready to continue with its next month. */
  public record Restored(Header header, BlockadeModel model) {}

  /** The model as bytes (Java serialization, without a header). */
  public static byte[] serialize(BlockadeModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      model.preCheckpoint();
      out.writeObject(model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the model: " + e, e);
    } finally {
      model.postCheckpoint();
    }
    return bytes.toByteArray();
  }

  /** A model from {@link #serialize} bytes, through the class filter. */
  public static BlockadeModel deserialize(byte[] bytes) throws CheckpointException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(FILTER);
      Object o = in.readObject();
      if (!(o instanceof BlockadeModel m)) {
        throw new CheckpointException("the checkpoint does not hold a Blockade model");
      }
      m.awakeFromCheckpoint();
      return m;
    } catch (InvalidClassException e) {
      throw new CheckpointException(
          "the checkpoint was written by another build of Blockade (" + e.getMessage() + ")", e);
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new CheckpointException("the checkpoint's model cannot be read (" + e + ")", e);
    }
  }

  /** An independent deep copy of a model (for forks): the copy and the original share nothing. */
  public static BlockadeModel copy(BlockadeModel model) {
    try {
      return deserialize(serialize(model));
    } catch (CheckpointException e) {
      throw new IllegalStateException(
          "a model does not survive its own copy: " + e.getMessage(), e);
    }
  }

  /** Writes a checkpoint file: header, then the serialized model with its length and CRC-32. */
  public static void write(OutputStream out, Header header, BlockadeModel model)
      throws IOException {
    byte[] payload = serialize(model);
    CRC32 crc = new CRC32();
    crc.update(payload);
    DataOutputStream d = new DataOutputStream(out);
    d.write(MAGIC);
    d.writeInt(FORMAT);
    d.writeUTF(header.version());
    d.writeUTF(header.configHash());
    d.writeLong(header.seed());
    d.writeUTF(header.date());
    d.writeInt(header.tick());
    byte[] config = header.config().getBytes(StandardCharsets.UTF_8);
    d.writeInt(config.length);
    d.write(config);
    d.writeLong(payload.length);
    d.writeLong(crc.getValue());
    d.write(payload);
    d.flush();
  }

  /**
   * Reads the header only (checks the magic bytes and the format version).
   *
   * @throws CheckpointException if the stream is not a checkpoint of this format
   */
  public static Header readHeader(InputStream in) throws CheckpointException {
    DataInputStream d = new DataInputStream(in);
    try {
      byte[] magic = new byte[MAGIC.length];
      d.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new CheckpointException("not a Blockade checkpoint");
      }
      int format = d.readInt();
      if (format != FORMAT) {
        throw new CheckpointException(
            "checkpoint format " + format + ", this Blockade reads format " + FORMAT);
      }
      String version = text(d);
      String hash = text(d);
      long seed = d.readLong();
      String date = text(d);
      int tick = d.readInt();
      int configLength = d.readInt();
      if (configLength < 0 || configLength > MAX_CONFIG) {
        throw new CheckpointException("not a Blockade checkpoint (bad header)");
      }
      byte[] config = d.readNBytes(configLength);
      if (config.length < configLength) {
        throw new CheckpointException("checkpoint truncated (header incomplete)");
      }
      return new Header(
          format, version, hash, seed, date, tick, new String(config, StandardCharsets.UTF_8));
    } catch (EOFException e) {
      throw new CheckpointException("not a Blockade checkpoint (too short)");
    } catch (IOException e) {
      throw new CheckpointException("cannot read the checkpoint: " + e.getMessage(), e);
    }
  }

  private static String text(DataInputStream d) throws IOException, CheckpointException {
    String s = d.readUTF();
    if (s.length() > MAX_TEXT) {
      throw new CheckpointException("not a Blockade checkpoint (bad header)");
    }
    return s;
  }

  /**
   * Reads a checkpoint: the header, then the model if its version is {@code expectedVersion}, its
   * length is complete and its checksum matches.
   */
  public static Restored read(InputStream in, String expectedVersion) throws CheckpointException {
    Header h = readHeader(in);
    if (!h.version().equals(expectedVersion)) {
      throw new CheckpointException(
          "checkpoint written by blockade "
              + h.version()
              + ", this is blockade "
              + expectedVersion);
    }
    DataInputStream d = new DataInputStream(in);
    byte[] payload;
    long crcValue;
    try {
      long length = d.readLong();
      crcValue = d.readLong();
      if (length < 0 || length > Integer.MAX_VALUE - 16) {
        throw new CheckpointException("checkpoint damaged (bad length)");
      }
      payload = d.readNBytes((int) length);
      if (payload.length < length) {
        throw new CheckpointException(
            "checkpoint truncated: " + payload.length + " of " + length + " bytes of model");
      }
      if (d.read() != -1) {
        throw new CheckpointException("checkpoint damaged (bytes after the model)");
      }
    } catch (EOFException e) {
      throw new CheckpointException("checkpoint truncated (header incomplete)");
    } catch (IOException e) {
      throw new CheckpointException("cannot read the checkpoint: " + e.getMessage(), e);
    }
    CRC32 crc = new CRC32();
    crc.update(payload);
    if (crc.getValue() != crcValue) {
      throw new CheckpointException("checkpoint damaged (checksum mismatch)");
    }
    BlockadeModel m = deserialize(payload);
    if (m.ticksDone() != h.tick() || m.masterSeed() != h.seed()) {
      throw new CheckpointException("checkpoint header does not match its model");
    }
    return new Restored(h, m);
  }
}
