package blockade.cluster;

import org.apache.spark.sql.SparkSession;

/** Spark sessions as Blockade wants them: quiet, no web UI when embedded. */
public final class Sessions {
  private Sessions() {}

  /**
   * A session on {@code master} ({@code local[2]}, {@code spark://...}), or on the master {@code
   * spark-submit} configured when it is null.
   */
  public static SparkSession open(String appName, String master) {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName(appName)
            // partition values (scenario names, chunks) are read back as written, never as numbers
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .config("spark.sql.parquet.compression.codec", "snappy")
            // a ticks schema has one column per metric: no warning about long plan strings
            .config("spark.sql.debug.maxToStringFields", "1000");
    if (master != null) {
      b.master(master);
      if (master.startsWith("local")) {
        b.config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.showConsoleProgress", "false");
      }
    }
    return b.getOrCreate();
  }
}
