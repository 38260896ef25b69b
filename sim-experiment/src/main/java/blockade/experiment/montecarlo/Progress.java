package blockade.experiment.montecarlo;

import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.logging.log4j.Logger;

/**
 * Progress of the replications: a terminal progress bar (runs done/total, runs/s, ETA) when a
 * console is attached, otherwise a log line about every 10% so logs and CI output stay readable.
 */
public final class Progress implements AutoCloseable {
  private final Logger log;
  private final String task;
  private final int total;
  private final ProgressBar bar;
  private int done;
  private int nextLogAt;

  public Progress(Logger log, String task, int total, int alreadyDone, boolean terminal) {
    this.log = log;
    this.task = task;
    this.total = total;
    this.done = alreadyDone;
    this.nextLogAt = nextDecile(alreadyDone);
    this.bar =
        terminal && alreadyDone < total
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setUnit(" runs", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(250)
                .build()
            : null;
  }

  /** Whether standard output is an interactive terminal. */
  public static boolean isTerminal() {
    return System.console() != null;
  }

  /** Records {@code n} more finished replications. */
  public void step(int n) {
    done += n;
    if (bar != null) {
      bar.stepTo(done);
    } else if (done >= nextLogAt) {
      log.info("{}: {}/{} runs", task, done, total);
      nextLogAt = nextDecile(done);
    }
  }

  private int nextDecile(int d) {
    int step = Math.max(1, total / 10);
    return (d / step + 1) * step;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
