package blockade.experiment.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks behind {@link OutputFolder}'s policy: which folders may never be an output, when an
 * existing one may be replaced (its marker lists every file in it), and what Blockade may clear
 * from a stale working folder. Pure functions of the file system; they never write.
 */
final class OutputFolderRules {
  private OutputFolderRules() {}

  /** Files Blockade writes into a working folder, which it may delete from a stale one. */
  static final Pattern OWN_WORK_FILE =
      Pattern.compile(
          "results\\.duckdb(\\.wal)?|[a-z]+\\.log|(quantiles|final|comparison|metrics|events|agents"
              + "|purchases|points|indices)\\.csv|summary\\.json|[A-Za-z0-9_]+\\.parquet"
              + "|charts/[A-Za-z0-9_.-]+\\.png|charts"
              // the Parquet datasets, ledger and meta of the Spark engine (sim-cluster)
              + "|(runs|ticks|events|points)(/.*)?|meta\\.json|chunks\\.txt");

  // ---- checks ---------------------------------------------------------------------------------

  /** The absolute target, or a refusal when it is a folder that must never be an output. */
  static Path guard(Path outDir, List<Path> inputs) throws IOException {
    Path target = outDir.toAbsolutePath().normalize();
    if (target.getParent() == null || target.getFileName() == null) {
      throw new OutputRefusedException("--out " + outDir + " is the file system root");
    }
    Path real = realOrNormal(target);
    if (same(real, Path.of(System.getProperty("user.home", "/nonexistent")))) {
      throw new OutputRefusedException("--out " + outDir + " is your home folder");
    }
    Path cwd = realOrNormal(Path.of("").toAbsolutePath());
    if (cwd.startsWith(real)) {
      throw new OutputRefusedException(
          "--out " + outDir + " is the current folder or holds it; choose a folder below it");
    }
    String home = System.getProperty(OutputFolder.HOME_PROPERTY);
    if (home != null && !home.isBlank() && same(real, Path.of(home))) {
      throw new OutputRefusedException("--out " + outDir + " is Blockade's own folder");
    }
    if (Files.exists(real.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(
          "--out " + outDir + " is a git working tree (it holds .git)");
    }
    for (Path in : inputs) {
      Path f = realOrNormal(in.toAbsolutePath().normalize());
      if (f.startsWith(real)) {
        throw new OutputRefusedException(
            "--out " + outDir + " holds the input file " + in + "; choose another folder");
      }
    }
    return target;
  }

  static Path realOrNormal(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      Path parent = p.getParent();
      return parent == null ? p : realOrNormal(parent).resolve(p.getFileName());
    }
  }

  static boolean same(Path real, Path other) {
    return real.equals(realOrNormal(other.toAbsolutePath().normalize()));
  }

  /** Refuses a working folder that is a file, or a non-empty folder Blockade did not make. */
  static void checkPartial(Path partial) throws IOException {
    if (!Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(partial, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(partial + " exists and is not a folder; move it away");
    }
    if (!Files.exists(partial.resolve(OutputFolder.MARKER)) && !isEmpty(partial)) {
      throw new OutputRefusedException(
          partial
              + " exists and was not made by Blockade (no "
              + OutputFolder.MARKER
              + "); move it away or choose another --out");
    }
  }

  /** Refuses a target that exists and is neither empty nor an earlier output of the command. */
  static void checkReplaceable(Path target, String command) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(
          "--out " + target + " exists and is not a folder; choose another --out");
    }
    if (isEmpty(target)) {
      return;
    }
    Path marker = target.resolve(OutputFolder.MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(
          "--out "
              + target
              + " is not empty and is not a Blockade output (no "
              + OutputFolder.MARKER
              + "): Blockade never replaces it; choose another --out");
    }
    String text = Files.readString(marker, StandardCharsets.UTF_8);
    String was = field(text, "command");
    if (!command.equals(was)) {
      throw new OutputRefusedException(
          "--out "
              + target
              + " holds the output of '"
              + (was == null ? "an unfinished command" : was)
              + "', not '"
              + command
              + "'; choose another --out");
    }
    Map<String, Long> listed = listedFiles(text);
    List<String> foreign = new ArrayList<>();
    Map<String, Long> present = filesUnder(target);
    for (Map.Entry<String, Long> e : present.entrySet()) {
      Long size = listed.get(e.getKey());
      if (e.getKey().equals(OutputFolder.MARKER)) {
        continue;
      }
      if (size == null) {
        foreign.add(e.getKey());
      } else if (size >= 0 && e.getValue() >= 0 && !size.equals(e.getValue())) {
        foreign.add(e.getKey() + " (changed since Blockade wrote it)");
      }
    }
    if (!foreign.isEmpty()) {
      String shown = String.join(", ", foreign.subList(0, Math.min(3, foreign.size())));
      if (foreign.size() > 3) {
        shown += " and " + (foreign.size() - 3) + " more";
      }
      throw new OutputRefusedException(
          "--out "
              + target
              + " holds files Blockade did not write: "
              + shown
              + "; move them out of it (or the whole folder away), or choose another --out");
    }
  }

  /** The marker of a finished output: the command and every file with its size. */
  static String manifest(Path dir, String command) throws IOException {
    StringBuilder s = new StringBuilder("command=").append(command).append('\n');
    s.append("state=complete\n");
    for (Map.Entry<String, Long> e : filesUnder(dir).entrySet()) {
      if (e.getKey().equals(OutputFolder.MARKER)) {
        continue;
      }
      // a command's log is still written after the folder is published (its last lines), so
      // only its presence is listed, not its size (-1)
      long size = e.getKey().endsWith(".log") ? -1 : e.getValue();
      s.append("file=").append(size).append(' ').append(e.getKey()).append('\n');
    }
    return s.toString();
  }

  static Map<String, Long> listedFiles(String marker) {
    Map<String, Long> out = new TreeMap<>();
    for (String line : marker.split("\n")) {
      if (line.startsWith("file=")) {
        String rest = line.substring(5);
        int sp = rest.indexOf(' ');
        if (sp > 0) {
          try {
            out.put(rest.substring(sp + 1), Long.parseLong(rest.substring(0, sp)));
          } catch (NumberFormatException e) {
            // a damaged line lists nothing
          }
        }
      }
    }
    return out;
  }

  /** Every entry under dir by relative path ('/'-separated): files with size, folders with -1. */
  static Map<String, Long> filesUnder(Path dir) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.equals(dir)) {
          continue;
        }
        String rel = dir.relativize(p).toString().replace('\\', '/');
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        out.put(rel, a.isRegularFile() ? a.size() : -1L);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  /** Deletes what Blockade writes in a working folder; refuses if anything else is left. */
  static void clearOwnFiles(Path partial) throws IOException {
    List<String> entries = new ArrayList<>(filesUnder(partial).keySet());
    // deepest first, so a folder is considered after its files
    entries.sort((a, b) -> b.compareTo(a));
    List<String> foreign = new ArrayList<>();
    for (String rel : entries) {
      if (rel.equals(OutputFolder.MARKER)) {
        continue;
      }
      Path p = partial.resolve(rel);
      if (OWN_WORK_FILE.matcher(rel).matches()) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          if (isEmpty(p)) {
            Files.delete(p);
          }
        } else {
          Files.deleteIfExists(p);
        }
      } else {
        foreign.add(rel);
      }
    }
    if (!foreign.isEmpty()) {
      throw new OutputRefusedException(
          partial
              + " holds files Blockade did not write: "
              + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
              + "; move them out of it");
    }
  }

  static String field(String text, String key) {
    if (text == null) {
      return null;
    }
    for (String line : text.split("\n")) {
      if (line.startsWith(key + "=")) {
        return line.substring(key.length() + 1).strip();
      }
    }
    return null;
  }

  static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }
}
