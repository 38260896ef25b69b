package blockade.experiment.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code chunks.txt} of a cluster engine's working folder: one line {@code <chunk> <replications>}
 * per batch of replications whose results are completely written. Data of a chunk not listed here
 * is incomplete and is dropped on resume.
 */
public final class ChunkLedger {
  /** The ledger's file name in the working folder. */
  public static final String FILE = "chunks.txt";

  private ChunkLedger() {}

  /** The committed chunks and their sizes (empty when there is no ledger). */
  public static Map<Integer, Integer> read(Path workDir) throws IOException {
    Map<Integer, Integer> out = new TreeMap<>();
    Path ledger = workDir.resolve(FILE);
    if (!Files.isRegularFile(ledger)) {
      return out;
    }
    for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
      String[] w = line.trim().split(" ");
      if (w.length == 2) {
        out.put(Integer.parseInt(w[0]), Integer.parseInt(w[1]));
      }
    }
    return out;
  }

  /** Marks a chunk as completely written. */
  public static void commit(Path workDir, int chunk, int replications) throws IOException {
    Files.writeString(
        workDir.resolve(FILE),
        chunk + " " + replications + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** Replications recorded as finished (0 without a ledger). */
  public static int finished(Path workDir) throws IOException {
    return read(workDir).values().stream().mapToInt(Integer::intValue).sum();
  }
}
