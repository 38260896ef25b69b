package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code blockade gui} on a machine without a display (surefire runs this module headless): one
 * clear line and exit 2, never a stack trace; bad input is refused before any window would open.
 */
class GuiCommandTest {
  @TempDir Path dir;

  private static void oneLine(Cli.Result r) {
    assertEquals(2, r.code(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void withoutDisplay_saysSoInOneLine_exits2() {
    Cli.Result r = Cli.run("gui", Cli.SMALL.toString());
    oneLine(r);
    assertTrue(r.err().startsWith("error: "), r::toString);
    assertTrue(r.err().contains("display") || r.err().contains("headless"), r::toString);
  }

  @Test
  void screenshotWithoutDisplay_writesNothing_exits2() {
    Path png = dir.resolve("out.png");
    Cli.Result r =
        Cli.run("gui", Cli.SMALL.toString(), "--ticks", "3", "--screenshot", png.toString());
    oneLine(r);
    assertFalse(Files.exists(png));
  }

  @Test
  void ticksWithoutScreenshot_isRefused() {
    oneLine(Cli.run("gui", Cli.SMALL.toString(), "--ticks", "3"));
  }

  @Test
  void ticksBeyondTheHorizon_isRefused() {
    Cli.Result r =
        Cli.run(
            "gui",
            Cli.SMALL.toString(),
            "--ticks",
            "100000",
            "--screenshot",
            dir.resolve("x.png").toString());
    oneLine(r);
    assertTrue(r.err().contains("--ticks"), r::toString);
  }

  @Test
  void existingScreenshotFile_isNeverOverwritten() throws Exception {
    Path png = dir.resolve("mine.png");
    Files.writeString(png, "not Blockade's");
    Cli.Result r =
        Cli.run("gui", Cli.SMALL.toString(), "--ticks", "1", "--screenshot", png.toString());
    oneLine(r);
    assertEquals("not Blockade's", Files.readString(png));
  }

  @Test
  void brokenConfig_printsItsProblems_exits2() {
    Cli.Result r = Cli.run("gui", Cli.BROKEN.resolve("bad-date.yaml").toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("bad-date.yaml"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }
}
