package blockade.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Terminal writers in the terminal's encoding. Messages use a few non-ASCII symbols ("must be ≥
 * 0"); on a terminal that cannot show them (e.g. {@code LC_ALL=C}) they are spelled in ASCII
 * ({@code >=}) instead of turning into "?".
 */
final class Console {
  private static final String SYMBOLS = "≥≤…×→—";
  private static final String[] ASCII = {">=", "<=", "...", "x", "->", "-"};

  private Console() {}

  static PrintWriter out() {
    return writer(System.out, "stdout.encoding", "sun.stdout.encoding");
  }

  static PrintWriter err() {
    return writer(System.err, "stderr.encoding", "sun.stderr.encoding");
  }

  private static PrintWriter writer(PrintStream stream, String... encodingProperties) {
    Charset cs = charset(encodingProperties);
    Writer w = new OutputStreamWriter(stream, cs);
    if (!cs.newEncoder().canEncode(SYMBOLS)) {
      w = new AsciiSymbols(w);
    }
    return new PrintWriter(w, true);
  }

  /**
   * The encoding the JVM uses for the stream (Java 17: the locale's, Java 19+: stdout.encoding).
   */
  private static Charset charset(String... properties) {
    for (String p : properties) {
      String name = System.getProperty(p);
      if (name != null) {
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          // try the next
        }
      }
    }
    return Charset.defaultCharset();
  }

  /** Replaces the symbols the terminal cannot show with ASCII spellings. */
  static final class AsciiSymbols extends FilterWriter {
    AsciiSymbols(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      int i = SYMBOLS.indexOf(c);
      if (i >= 0) {
        out.write(ASCII[i]);
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        write(buf[i]);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        write(s.charAt(i));
      }
    }
  }
}
