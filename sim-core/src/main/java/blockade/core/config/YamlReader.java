package blockade.core.config;

import blockade.core.config.ConfigNode.Mapping;
import blockade.core.config.ConfigNode.Origin;
import blockade.core.config.ConfigNode.Scalar;
import blockade.core.config.ConfigNode.Sequence;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into {@link ConfigNode}s with file and line on every node, using Jackson's
 * streaming parser. Syntax errors, duplicate keys and aliases become problems, never exceptions.
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = factory();

  private final String file;
  private final List<ConfigProblem> problems;

  private YamlReader(String file, List<ConfigProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * A parser factory with limits in line with {@link InputLimits}, as a second line of defence (the
   * callers already refuse oversize files and lines): no more code points than a file may hold
   * bytes, shallow nesting, and no expansion of aliases (they are refused anyway).
   */
  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) InputLimits.MAX_FILE_BYTES);
    options.setNestingDepthLimit(InputLimits.MAX_NESTING);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(InputLimits.MAX_NESTING)
            .maxStringLength((int) InputLimits.MAX_FILE_BYTES)
            .maxNumberLength(100)
            .build();
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
  }

  /**
   * Parses {@code text}; an empty document is an empty mapping.
   *
   * @return the root node, or null after a syntax error (reported to {@code problems})
   */
  static ConfigNode read(String text, String file, List<ConfigProblem> problems) {
    return new YamlReader(file, problems).readDocument(text);
  }

  private ConfigNode readDocument(String text) {
    JsonParser p = null;
    try {
      p = FACTORY.createParser(text);
      JsonToken t = p.nextToken();
      if (t == null) {
        return ConfigNode.emptyMapping(new Origin(file, 1));
      }
      return readValue(p, "", line(p));
    } catch (StreamConstraintsException e) {
      // no location of its own: use where the parser stopped
      int line = p == null ? 0 : p.currentLocation().getLineNr();
      String why =
          e.getMessage() != null && e.getMessage().contains("nesting depth")
              ? String.format(Locale.ROOT, ConfigMessages.TOO_DEEP, InputLimits.MAX_NESTING)
              : reason(e);
      problems.add(
          new ConfigProblem(
              file,
              Math.max(line, 0),
              "",
              String.format(Locale.ROOT, ConfigMessages.YAML_SYNTAX, why)));
      return null;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(
          new ConfigProblem(
              file,
              Math.max(line, 0),
              "",
              String.format(Locale.ROOT, ConfigMessages.YAML_SYNTAX, reason(e))));
      return null;
    } catch (IOException e) {
      problems.add(
          new ConfigProblem(
              file, 0, "", String.format(Locale.ROOT, ConfigMessages.YAML_SYNTAX, e.getMessage())));
      return null;
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // reading from a String: nothing to release
        }
      }
    }
  }

  /** Reads the value at the current token; {@code line} is where its key (or itself) is. */
  private ConfigNode readValue(JsonParser p, String path, int line) throws IOException {
    Origin origin = new Origin(file, line);
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      LinkedHashMap<String, ConfigNode> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = line(p);
        p.nextToken();
        String childPath = KeyPath.child(path, key);
        ConfigNode value = readValue(p, childPath, keyLine);
        if (entries.containsKey(key)) {
          problems.add(new ConfigProblem(file, keyLine, childPath, ConfigMessages.DUPLICATE_KEY));
        }
        entries.put(key, value);
      }
      return new Mapping(entries, origin);
    }
    if (t == JsonToken.START_ARRAY) {
      List<ConfigNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(readValue(p, KeyPath.index(path, items.size()), line(p)));
      }
      return new Sequence(items, origin);
    }
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      problems.add(
          new ConfigProblem(
              file,
              line,
              path,
              String.format(Locale.ROOT, ConfigMessages.ALIAS_UNSUPPORTED, p.getText())));
    }
    return new Scalar(p.getText(), t == JsonToken.VALUE_NULL, origin);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** The short reason of a syntax error: SnakeYAML's "problem" without the source excerpt. */
  private static String reason(JacksonException e) {
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
        && m.getProblem() != null) {
      return m.getProblem().strip();
    }
    String msg = e.getOriginalMessage();
    if (msg == null) {
      return e.getClass().getSimpleName();
    }
    int nl = msg.indexOf('\n');
    return (nl < 0 ? msg : msg.substring(0, nl)).strip();
  }
}
