package blockade.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The Blockade release, from {@code blockade-version.properties} (filled by Maven from the pom
 * version). A development build ({@code 0.1.0-SNAPSHOT}) reports the release it leads to ({@code
 * 0.1.0}).
 */
public final class Version implements IVersionProvider {
  static final String RESOURCE = "/blockade-version.properties";
  private static final String SNAPSHOT = "-SNAPSHOT";

  /** The version, e.g. {@code 0.1.0}; "unknown" when the resource is missing or unfiltered. */
  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown").strip();
      if (v.isEmpty() || v.startsWith("${")) {
        return "unknown";
      }
      return v.endsWith(SNAPSHOT) ? v.substring(0, v.length() - SNAPSHOT.length()) : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Blockade " + get()};
  }
}
