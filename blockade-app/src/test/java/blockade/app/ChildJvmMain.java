package blockade.app;

import blockade.agents.scenario.ScenarioRunner;
import blockade.experiment.montecarlo.ReplicationSeeds;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point of the child JVMs started by {@link SeparateJvmDeterminismTest}, so that one JVM
 * start serves several commands.
 *
 * <ul>
 *   <li>{@code runs OUT_ROOT SEED CONFIG...}: {@code run CONFIG --seed SEED --out OUT_ROOT/NAME}
 *       for each config, NAME being the file name without {@code .yaml};
 *   <li>{@code mc ARGS...}: {@code mc ARGS...};
 *   <li>{@code mc-interrupt-at R ARGS...}: {@code mc ARGS...} whose replication R stops with an
 *       interrupt, as Ctrl-C would (exit 130, finished replications kept for {@code --resume}).
 * </ul>
 *
 * Exits with the first non-zero exit code of a command, 0 when every command succeeded.
 */
public final class ChildJvmMain {
  private ChildJvmMain() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    String mode = args[0];
    int code;
    switch (mode) {
      case "runs" -> {
        String outRoot = args[1];
        String seed = args[2];
        code = 0;
        for (String config : Arrays.copyOfRange(args, 3, args.length)) {
          String name = Path.of(config).getFileName().toString().replaceFirst("\\.yaml$", "");
          int c =
              BlockadeCli.commandLine()
                  .execute(
                      "run", config, "--seed", seed, "--out", Path.of(outRoot, name).toString());
          if (c != 0 && code == 0) {
            code = c;
          }
        }
      }
      case "mc" -> code = BlockadeCli.commandLine().execute(prepend("mc", args, 1));
      case "mc-interrupt-at" -> {
        int stopRun = Integer.parseInt(args[1]);
        String[] mcArgs = Arrays.copyOfRange(args, 2, args.length);
        long master = 1;
        for (int i = 0; i < mcArgs.length - 1; i++) {
          if (mcArgs[i].equals("--seed")) {
            master = Long.parseLong(mcArgs[i + 1]);
          }
        }
        long stopAt = ReplicationSeeds.seedFor(master, stopRun);
        McCommand mc = new McCommand();
        mc.runnerFactory =
            cfg ->
                seed -> {
                  if (seed == stopAt) {
                    throw new InterruptedException("Ctrl-C");
                  }
                  return new ScenarioRunner(cfg).run(seed);
                };
        code = new CommandLine(mc).execute(mcArgs);
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  private static String[] prepend(String first, String[] args, int from) {
    String[] out = new String[args.length - from + 1];
    out[0] = first;
    System.arraycopy(args, from, out, 1, args.length - from);
    return out;
  }
}
