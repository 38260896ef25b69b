package blockade.core.config;

import blockade.core.config.ConfigNode.Mapping;
import blockade.core.config.ConfigNode.Scalar;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a config file and the files it {@code extends}, parents first, and deep-merges them into
 * one tree, so a scenario only states how it differs from its base.
 */
final class FileChain {
  /** The merged tree (null when a file could not be read or parsed) and the files read. */
  record Result(ConfigNode tree, List<Path> files) {}

  private final List<ConfigProblem> problems;
  private final List<Path> files = new ArrayList<>();
  private final List<Path> stack = new ArrayList<>();
  private final List<String> stackNames = new ArrayList<>();

  private FileChain(List<ConfigProblem> problems) {
    this.problems = problems;
  }

  /** Loads {@code file} (shown to users as given) with its ancestors. */
  static Result load(Path file, List<ConfigProblem> problems) {
    FileChain chain = new FileChain(problems);
    String text = chain.readText(file, file.toString(), file.toString(), 0, "");
    ConfigNode tree = text == null ? null : chain.loadFrom(file, file.toString(), text);
    return new Result(tree, chain.files);
  }

  private ConfigNode loadFrom(Path file, String shown, String text) {
    files.add(Path.of(shown));
    ConfigNode own = YamlReader.read(text, shown, problems);
    if (own == null) {
      return null;
    }
    if (!(own instanceof Mapping m) || !m.entries().containsKey(ConfigMessages.EXTENDS_KEY)) {
      return own;
    }
    ConfigNode ext = m.entries().get(ConfigMessages.EXTENDS_KEY);
    Mapping body = ConfigNode.without(m, ConfigMessages.EXTENDS_KEY);
    if (!(ext instanceof Scalar s) || s.isNull()) {
      problems.add(new ConfigProblem(shown, ext.origin().line(), ConfigMessages.EXTENDS_KEY,
          ConfigMessages.NOT_TEXT));
      return null;
    }
    Path base = file.toAbsolutePath().normalize().getParent();
    Path parentFile = base.resolve(s.text()).normalize();
    String parentShown = shownName(parentFile);
    int line = ext.origin().line();
    stack.add(file.toAbsolutePath().normalize());
    stackNames.add(shown);
    try {
      int seen = stack.indexOf(parentFile);
      if (seen >= 0) {
        List<String> cycle = new ArrayList<>(stackNames.subList(seen, stackNames.size()));
        cycle.add(stackNames.get(seen));
        problems.add(new ConfigProblem(shown, line, ConfigMessages.EXTENDS_KEY, String.format(
            Locale.ROOT, ConfigMessages.EXTENDS_CYCLE, String.join(" -> ", cycle))));
        return null;
      }
      String parentText =
          readText(parentFile, parentShown, shown, line, ConfigMessages.EXTENDS_KEY);
      ConfigNode parent = parentText == null ? null : loadFrom(parentFile, parentShown, parentText);
      return parent == null ? null : ConfigNode.merge(parent, body);
    } finally {
      stack.remove(stack.size() - 1);
      stackNames.remove(stackNames.size() - 1);
    }
  }

  /** Reads a file as UTF-8, reporting failure at {@code (where, line, key)}; null on failure. */
  private String readText(Path file, String shown, String where, int line, String key) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      report(shown, where, line, key, ConfigMessages.NO_SUCH_FILE);
    } catch (AccessDeniedException e) {
      report(shown, where, line, key, "permission denied");
    } catch (CharacterCodingException e) {
      report(shown, where, line, key, "not UTF-8 text");
    } catch (IOException e) {
      report(shown, where, line, key, Files.isDirectory(file) ? "is a directory" : e.getMessage());
    }
    return null;
  }

  private void report(String shown, String where, int line, String key, String reason) {
    problems.add(new ConfigProblem(where, line, key,
        String.format(Locale.ROOT, ConfigMessages.CANNOT_READ, shown, reason)));
  }

  /** A parent file relative to the working directory when it lies below it, else absolute. */
  static String shownName(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
