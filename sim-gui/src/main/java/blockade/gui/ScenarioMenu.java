package blockade.gui;

import blockade.core.config.ConfigException;
import blockade.core.config.ConfigProblem;
import java.io.File;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.Console;

/**
 * The console's "Scenario" menu: open another scenario file and restart with it. A file that does
 * not validate shows its problems in a dialog and leaves the running model as it was.
 */
final class ScenarioMenu {
  private ScenarioMenu() {}

  static void install(Console console, BlockadeGui gui) {
    JMenuBar bar = console.getJMenuBar();
    if (bar == null) {
      bar = new JMenuBar();
      console.setJMenuBar(bar);
    }
    JMenu menu = new JMenu("Scenario");
    JMenuItem open = new JMenuItem("Open scenario file...");
    open.addActionListener(e -> choose(console, gui));
    menu.add(open);
    JMenuItem save = new JMenuItem("Save run outputs to folder...");
    save.addActionListener(e -> save(console, gui));
    menu.add(save);
    bar.add(menu);
    bar.revalidate();
  }

  private static void choose(Console console, BlockadeGui gui) {
    File dir = gui.scenario().file().toAbsolutePath().getParent().toFile();
    JFileChooser chooser = new JFileChooser(dir);
    chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML)", "yaml", "yml"));
    if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    String error = open(console, gui, chooser.getSelectedFile().toPath());
    if (error != null) {
      JOptionPane.showMessageDialog(
          console, error, "Scenario not loaded", JOptionPane.ERROR_MESSAGE);
    }
  }

  private static void save(Console console, BlockadeGui gui) {
    JFileChooser chooser = new JFileChooser(new File("."));
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setDialogTitle("Save run outputs to (a new or earlier run output folder)");
    if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path dir = chooser.getSelectedFile().toPath();
    try {
      RunSaver.save(gui, dir);
      JOptionPane.showMessageDialog(console, "Run outputs written to " + dir);
    } catch (java.io.IOException | RuntimeException e) {
      JOptionPane.showMessageDialog(
          console, e.getMessage(), "Run not saved", JOptionPane.ERROR_MESSAGE);
    }
  }

  /**
   * Validates a scenario file and, if it is good, stops the run and starts one of it; returns the
   * validation problems (one per line) otherwise, with nothing changed.
   */
  static String open(Console console, BlockadeGui gui, Path file) {
    ScenarioFile s;
    try {
      s = ScenarioFile.load(file);
    } catch (ConfigException e) {
      return problems(e);
    }
    console.pressStop();
    gui.useScenario(s);
    console.pressPlay();
    return null;
  }

  static String problems(ConfigException e) {
    StringBuilder b = new StringBuilder();
    for (ConfigProblem p : e.problems()) {
      b.append(p.format()).append('\n');
    }
    return b.toString().strip();
  }
}
