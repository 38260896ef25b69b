package blockade.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** What the commands record about how a result was made: version, git commit, command line. */
final class Provenance {
  /** Blockade version recorded in outputs. */
  static final String VERSION = "0.1.0";

  static final String UNKNOWN = "unknown";
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%^-]+");

  private Provenance() {}

  /**
   * The commit of the Blockade checkout this code runs from ({@code git rev-parse HEAD} in the
   * directory named by the {@code blockade.root} property, else where the classes were loaded
   * from), or {@code "unknown"} when there is no git or no repository. Never throws.
   */
  static String gitCommit() {
    for (Path dir : candidates()) {
      String commit = revParse(dir);
      if (commit != null) {
        return commit;
      }
    }
    return UNKNOWN;
  }

  private static List<Path> candidates() {
    List<Path> dirs = new ArrayList<>();
    String root = System.getProperty("blockade.root");
    if (root != null && !root.isBlank()) {
      dirs.add(Path.of(root));
    }
    try {
      var source = Provenance.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        Path p = Path.of(source.getLocation().toURI());
        dirs.add(Files.isDirectory(p) ? p : p.getParent());
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no code location: only the property
    }
    return dirs;
  }

  private static String revParse(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return null;
    }
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD")
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      git.getOutputStream().close();
      String out;
      try (InputStream in = git.getInputStream()) {
        out = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
      }
      if (!git.waitFor(5, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return null;
      }
      return git.exitValue() == 0 && SHA.matcher(out).matches() ? out : null;
    } catch (IOException | RuntimeException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** A word as a POSIX shell would need it: unchanged when plain, else single-quoted. */
  static String shellWord(String s) {
    if (!s.isEmpty() && PLAIN.matcher(s).matches()) {
      return s;
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Words joined into a command line a user can paste into a shell. */
  static String shellLine(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(shellWord(w));
    }
    return sb.toString();
  }
}
