package blockade.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, as the launcher would. */
final class Cli {
  /** Where the test resources are (surefire runs in the module directory). */
  static final Path RESOURCES = Path.of("src/test/resources");

  static final Path SMALL = RESOURCES.resolve("scenarios/small.yaml");
  static final Path BROKEN = RESOURCES.resolve("broken");

  /** What a command did: exit code, stdout, stderr. */
  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    CommandLine cmd = BlockadeCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
