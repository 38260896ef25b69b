package blockade.app;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.config.SchemaGenerator;
import blockade.experiment.study.StudyConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code blockade schema}: the JSON Schema of scenario files, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print the JSON Schema (draft 2020-12) of scenario files (with --study: of study files),"
          + " generated from the config classes with each key's help text, bounds and default.",
      "Point your editor's YAML support at it for completion and checks while typing."
    })
final class SchemaCommand extends CliCommand {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the schema to FILE (UTF-8) instead of stdout (ASCII, \\uXXXX escapes).")
  Path outFile;

  @Option(
      names = "--study",
      description = "The schema of study files (sweep, sensitivity, --uncertain) instead.")
  boolean studySchema;

  @Override
  protected int execute() throws Exception {
    String schema =
        SchemaGenerator.generate(studySchema ? StudyConfig.class : ScenarioConfig.class);
    if (!schema.endsWith("\n")) {
      schema += "\n";
    }
    if (outFile == null) {
      // \\uXXXX escapes: the same valid JSON whatever the terminal's encoding
      out().print(asciiJson(schema));
      out().flush();
      return ExitCodes.OK;
    }
    Path parent = outFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(outFile, schema, StandardCharsets.UTF_8);
    out().println("Wrote " + outFile);
    out().flush();
    return ExitCodes.OK;
  }

  /**
   * JSON text with every non-ASCII character written as a \\uXXXX escape (only strings have any).
   */
  static String asciiJson(String json) {
    StringBuilder sb = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c < 0x80) {
        sb.append(c);
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }
}
