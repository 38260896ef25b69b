package blockade.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The log file of a Monte Carlo experiment ({@code <out>/mc.log}): while attached, everything the
 * {@code blockade.*} loggers write at INFO and above also goes to that file, whatever the console
 * configuration says, so the file is a complete record of the experiment while the terminal only
 * shows the progress bar and the summary.
 *
 * <p>Attached programmatically because the file lives in the experiment's working directory, which
 * is only known once the command runs. When no {@code blockade} logger is configured, a temporary
 * one at INFO is added that keeps the root logger's appenders at the root's level (so the console
 * shows what it showed before) and is removed again on {@link #close()}; a configured {@code
 * blockade} logger just gets the file appender added and removed (its level is left as configured).
 * Appending, so a resumed experiment continues the log of the interrupted one.
 */
final class McLogFile implements AutoCloseable {
  static final String LOGGER = "blockade";
  private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %c{1}: %msg%n";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private LoggerContext context;
  private FileAppender appender;
  private boolean addedLogger;

  /**
   * Starts writing the {@code blockade.*} logs to {@code file} (appending); does nothing when
   * Log4j2 core is not the logging backend or a file is already attached.
   */
  synchronized void attach(Path file) {
    if (appender != null || !(LogManager.getContext(false) instanceof LoggerContext ctx)) {
      return;
    }
    Configuration config = ctx.getConfiguration();
    PatternLayout layout =
        PatternLayout.newBuilder()
            .withConfiguration(config)
            .withPattern(PATTERN)
            .withCharset(StandardCharsets.UTF_8)
            .build();
    FileAppender app =
        FileAppender.newBuilder()
            .setName("blockade-experiment-log-" + COUNTER.incrementAndGet())
            .withFileName(file.toAbsolutePath().toString())
            .withAppend(true)
            .setImmediateFlush(true)
            .setLayout(layout)
            .setConfiguration(config)
            .build();
    app.start();
    config.addAppender(app);
    LoggerConfig nearest = config.getLoggerConfig(LOGGER);
    if (nearest.getName().equals(LOGGER)) {
      nearest.addAppender(app, Level.INFO, null);
      addedLogger = false;
    } else {
      LoggerConfig mine =
          LoggerConfig.newBuilder()
              .withLoggerName(LOGGER)
              .withLevel(Level.INFO)
              .withAdditivity(false)
              .withConfig(config)
              .build();
      mine.addAppender(app, Level.INFO, null);
      for (Map.Entry<String, Appender> e : nearest.getAppenders().entrySet()) {
        mine.addAppender(e.getValue(), nearest.getLevel(), null);
      }
      config.addLogger(LOGGER, mine);
      addedLogger = true;
    }
    ctx.updateLoggers();
    context = ctx;
    appender = app;
  }

  /** Stops writing to the file and restores the logging configuration; safe to call twice. */
  @Override
  public synchronized void close() {
    if (appender == null) {
      return;
    }
    Configuration config = context.getConfiguration();
    if (addedLogger) {
      config.removeLogger(LOGGER);
    } else {
      config.getLoggerConfig(LOGGER).removeAppender(appender.getName());
    }
    if (config instanceof AbstractConfiguration ac) {
      ac.removeAppender(appender.getName());
    }
    context.updateLoggers();
    appender.stop();
    appender = null;
    context = null;
  }
}
