package blockade.experiment.montecarlo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rule both engines apply before resuming a results folder: the run's identity (runs, seed,
 * scenario labels …) and every config hash must equal what the folder was started with.
 */
public final class ResumeCheck {
  private ResumeCheck() {}

  /**
   * Refuses to resume when a stored identity or config-hash entry differs from this run's.
   *
   * @param stored the folder's stored metadata
   * @param identity this run's identity entries
   * @param provenance this run's provenance (its {@code config_hash*} entries are compared)
   * @throws IllegalArgumentException naming the first differing key
   */
  public static void sameRun(
      Path dir,
      Map<String, String> stored,
      Map<String, String> identity,
      Map<String, String> provenance) {
    Map<String, String> mustMatch = new LinkedHashMap<>(identity);
    provenance.forEach(
        (k, v) -> {
          if (k.startsWith("config_hash")) {
            mustMatch.put(k, v);
          }
        });
    for (Map.Entry<String, String> e : mustMatch.entrySet()) {
      String old = stored.get(e.getKey());
      if (old != null && !old.equals(e.getValue())) {
        throw new IllegalArgumentException(
            "cannot resume "
                + dir
                + ": it was started with "
                + e.getKey()
                + "="
                + old
                + ", now "
                + e.getValue()
                + "; run without --resume to start afresh");
      }
    }
  }
}
