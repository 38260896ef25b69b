package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's command table and picocli's options say the same (issue 7: docs match --help). */
class ReadmeCommandTableTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern ROW = Pattern.compile("^\\| `\\./blockade ([a-z]+)([^`]*)` \\|");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z0-9-]*)");

  /** Command name to the options its README row shows. */
  private static Map<String, Set<String>> readmeRows() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf("## Commands");
    assertTrue(start >= 0, "README has a '## Commands' section");
    Map<String, Set<String>> rows = new LinkedHashMap<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      Matcher m = ROW.matcher(lines.get(i));
      if (m.find()) {
        Set<String> options = new TreeSet<>();
        Matcher o = OPTION.matcher(m.group(2));
        while (o.find()) {
          options.add(o.group(1));
        }
        rows.put(m.group(1), options);
      }
    }
    return rows;
  }

  @Test
  void everyCommandAndOption_isInTheReadmeTable_andNothingElse() throws IOException {
    Map<String, Set<String>> rows = readmeRows();
    CommandLine cli = BlockadeCli.commandLine();
    List<String> commands = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      commands.add(e.getKey());
      Set<String> options = new TreeSet<>();
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp() || o.hidden()) {
          continue;
        }
        options.add(o.longestName());
      }
      Set<String> documented = rows.get(e.getKey());
      assertNotNull(documented, "README command table has no row for " + e.getKey());
      assertEquals(options, documented, "options of '" + e.getKey() + "': --help vs README");
    }
    assertEquals(new TreeSet<>(commands), new TreeSet<>(rows.keySet()), "commands");
  }

  @Test
  void exitCodes_inHelpFooter_matchTheReadme() throws IOException {
    String readme = Files.readString(README);
    String footer =
        String.join(" ", BlockadeCli.commandLine().getCommandSpec().usageMessage().footer());
    for (String code : List.of("`0`", "`1`", "`2`", "`3`", "`130`")) {
      assertTrue(readme.contains(code + " "), "README names exit code " + code);
      assertTrue(footer.contains(code.replace("`", "") + " "), "--help names exit code " + code);
    }
  }
}
