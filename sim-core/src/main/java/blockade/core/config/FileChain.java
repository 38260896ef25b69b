package blockade.core.config;

import blockade.core.config.ConfigNode.Mapping;
import blockade.core.config.ConfigNode.Scalar;
import blockade.core.config.ConfigNode.Sequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a config file and the files it {@code extends}, parents first, and deep-merges them into
 * one tree, so a scenario only states how it differs from its base. Every file is checked against
 * {@link InputLimits} (size, line length) before its text reaches the YAML parser.
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
    String text = chain.readText(file, file.toString(), file.toString(), 0, "", false);
    ConfigNode tree = text == null ? null : chain.loadFrom(file, file.toString(), text);
    return new Result(tree, chain.files);
  }

  /**
   * Reads a resolved config held in memory (e.g. inside a checkpoint), shown in messages as {@code
   * shown}; it must not use {@code extends} (a resolved config has none).
   */
  static Result loadText(String shown, String text, List<ConfigProblem> problems) {
    FileChain chain = new FileChain(problems);
    ConfigNode tree = chain.loadFrom(Path.of(shown), shown, text);
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
      problems.add(
          new ConfigProblem(
              shown, ext.origin().line(), ConfigMessages.EXTENDS_KEY, ConfigMessages.NOT_TEXT));
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
        problems.add(
            new ConfigProblem(
                shown,
                line,
                ConfigMessages.EXTENDS_KEY,
                String.format(
                    Locale.ROOT, ConfigMessages.EXTENDS_CYCLE, String.join(" -> ", cycle))));
        return null;
      }
      if (!isYamlName(parentFile)) {
        badTarget(shown, line, parentShown, ConfigMessages.EXTENDS_NOT_YAML_NAME);
        return null;
      }
      String parentText =
          readText(parentFile, parentShown, shown, line, ConfigMessages.EXTENDS_KEY, true);
      ConfigNode parent = parentText == null ? null : loadFrom(parentFile, parentShown, parentText);
      if (parent != null && !(parent instanceof Mapping)) {
        // merging would let the child replace it and report every key as missing instead
        badTarget(
            shown,
            line,
            parentShown,
            String.format(Locale.ROOT, ConfigMessages.EXTENDS_NOT_MAPPING, kind(parent)));
        return null;
      }
      return parent == null ? null : ConfigNode.merge(parent, body);
    } finally {
      stack.remove(stack.size() - 1);
      stackNames.remove(stackNames.size() - 1);
    }
  }

  /**
   * Reads a file as UTF-8, reporting failure at {@code (where, line, key)}; null on failure. At
   * most {@link InputLimits#MAX_FILE_BYTES} are read, and a file over that size or with a line over
   * {@link InputLimits#MAX_LINE_CHARS} is refused (reported at the file itself) before any parsing,
   * so that no input can keep the parser busy.
   *
   * @param regularOnly refuse devices and pipes (for {@code extends} targets; the file given on the
   *     command line may be a pipe such as {@code <(...)})
   */
  private String readText(
      Path file, String shown, String where, int line, String key, boolean regularOnly) {
    if (Files.isDirectory(file)) {
      report(shown, where, line, key, "is a directory");
      return null;
    }
    if (regularOnly && Files.exists(file) && !Files.isRegularFile(file)) {
      report(shown, where, line, key, ConfigMessages.NOT_REGULAR_FILE);
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) InputLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > InputLimits.MAX_FILE_BYTES) {
        // a pipe or device has no size: say "more than" what was read
        String size =
            Files.isRegularFile(file)
                ? Long.toString(Files.size(file))
                : "more than " + InputLimits.MAX_FILE_BYTES;
        problems.add(
            new ConfigProblem(
                shown,
                0,
                "",
                String.format(
                    Locale.ROOT, ConfigMessages.FILE_TOO_LARGE, size, InputLimits.MAX_FILE_BYTES)));
        return null;
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return withinLineLimit(text, shown) ? text : null;
    } catch (NoSuchFileException e) {
      report(shown, where, line, key, ConfigMessages.NO_SUCH_FILE);
    } catch (AccessDeniedException e) {
      report(shown, where, line, key, "permission denied");
    } catch (CharacterCodingException e) {
      report(shown, where, line, key, "not UTF-8 text");
    } catch (IOException e) {
      report(shown, where, line, key, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return null;
  }

  /** Whether every line is short enough; reports the first one that is not. */
  private boolean withinLineLimit(String text, String shown) {
    int lineNo = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i - start > InputLimits.MAX_LINE_CHARS) {
          problems.add(
              new ConfigProblem(
                  shown,
                  lineNo,
                  "",
                  String.format(
                      Locale.ROOT,
                      ConfigMessages.LINE_TOO_LONG,
                      i - start,
                      InputLimits.MAX_LINE_CHARS)));
          return false;
        }
        if (i < text.length()
            && text.charAt(i) == '\r'
            && i + 1 < text.length()
            && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineNo++;
        start = i + 1;
      }
    }
    return true;
  }

  /** Reports an {@code extends} target that cannot be a parent, at the extends key. */
  private void badTarget(String where, int line, String target, String reason) {
    problems.add(
        new ConfigProblem(
            where,
            line,
            ConfigMessages.EXTENDS_KEY,
            String.format(Locale.ROOT, ConfigMessages.EXTENDS_BAD_TARGET, target, reason)));
  }

  private static boolean isYamlName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** What a non-mapping document holds, for messages. */
  private static String kind(ConfigNode node) {
    if (node instanceof Sequence) {
      return "a list";
    }
    if (node instanceof Scalar s && !s.isNull()) {
      return "the single value " + Binder.got(s.text()).substring(", got ".length());
    }
    return "null";
  }

  private void report(String shown, String where, int line, String key, String reason) {
    problems.add(
        new ConfigProblem(
            where,
            line,
            key,
            String.format(Locale.ROOT, ConfigMessages.CANNOT_READ, shown, reason)));
  }

  /** A parent file relative to the working directory when it lies below it, else absolute. */
  static String shownName(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
