package blockade.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleTest {
  @Test
  void asciiSymbols_spellsSymbolsTheTerminalCannotShow() {
    StringWriter sink = new StringWriter();
    try (PrintWriter w = new PrintWriter(new Console.AsciiSymbols(sink))) {
      w.print("x must be ≥ 0, y ≤ 1, a → b, 4.5 = ×4.5, long…");
    }
    assertEquals("x must be >= 0, y <= 1, a -> b, 4.5 = x4.5, long...", sink.toString());
  }

  @Test
  void schemaAsciiJson_escapesNonAscii() {
    assertEquals("{\"d\":\"\\u2265 0\"}", SchemaCommand.asciiJson("{\"d\":\"≥ 0\"}"));
  }
}
