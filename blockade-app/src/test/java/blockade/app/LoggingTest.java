package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** log4j2.xml: parses, console only by default, a log file with stack traces on request. */
class LoggingTest {
  private static final String PROPERTY = "blockade.logFile";

  private static LoggerContext context() {
    return (LoggerContext) LogManager.getContext(false);
  }

  @Test
  void defaultConfig_isOurs_consoleOnly() {
    Configuration c = context().getConfiguration();
    assertTrue(
        c.getConfigurationSource().getLocation().endsWith("log4j2.xml"),
        "log4j2.xml must parse; got " + c.getConfigurationSource());
    assertTrue(c.getAppenders().containsKey("console"));
    assertFalse(c.getAppenders().containsKey("file"), "no log file unless asked for");
  }

  @Test
  void logFileProperty_failureStackTraceGoesToFileNotConsole(@TempDir Path tmp) throws Exception {
    Path log = tmp.resolve("blockade.log");
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    System.setProperty(PROPERTY, log.toString());
    try {
      context().reconfigure();
      assertTrue(context().getConfiguration().getAppenders().containsKey("file"));
      Cli.Result r = Cli.run("run", Cli.SMALL.toString(), "--out", file.resolve("out").toString());
      assertEquals(1, r.code(), r::toString);
      assertFalse(r.err().contains("\tat "), r::toString);
      String text = Files.readString(log);
      assertTrue(text.contains("run small seed 1"), text);
      assertTrue(text.contains("blockade run failed"), text);
      assertTrue(text.contains("\tat "), "stack trace in the log file\n" + text);
    } finally {
      System.clearProperty(PROPERTY);
      context().reconfigure();
    }
    assertFalse(context().getConfiguration().getAppenders().containsKey("file"));
  }
}
