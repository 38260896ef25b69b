package blockade.gui;

import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The run's events as a scrolling list, newest last, filterable by type and by text (agent,
 * counterparty, SKU, detail); the monthly exchange trades are hidden unless asked for. Selecting an
 * event highlights its agents in the network.
 */
public final class EventsPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  static final String ALL = "all types";

  private final List<SimEvent> all = new ArrayList<>();
  private final TreeSet<String> types = new TreeSet<>();
  private final DefaultListModel<SimEvent> shown = new DefaultListModel<>();
  private final JList<SimEvent> list = new JList<>(shown);
  private final JTextField text = new JTextField(14);
  private final DefaultComboBoxModel<String> typeModel = new DefaultComboBoxModel<>();
  private final JComboBox<String> type = new JComboBox<>(typeModel);
  private final javax.swing.JCheckBox trades = new javax.swing.JCheckBox("exchange trades");

  public EventsPanel(Consumer<SimEvent> onSelect) {
    super(new BorderLayout());
    Font f = new Font(Font.MONOSPACED, Font.PLAIN, 12);
    list.setFont(f);
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(
        (l, e, i, sel, focus) -> {
          JLabel c = new JLabel(describe(e));
          c.setFont(f);
          c.setOpaque(true);
          c.setBackground(sel ? l.getSelectionBackground() : l.getBackground());
          c.setForeground(sel ? l.getSelectionForeground() : l.getForeground());
          return c;
        });
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
            onSelect.accept(list.getSelectedValue());
          }
        });
    typeModel.addElement(ALL);
    JPanel top = new JPanel();
    top.add(new JLabel("Type"));
    top.add(type);
    top.add(new JLabel("Filter"));
    top.add(text);
    top.add(trades);
    trades.setToolTipText("Show the monthly compute_traded events (one per trading firm)");
    trades.addActionListener(e -> refilter());
    add(top, BorderLayout.NORTH);
    add(new JScrollPane(list), BorderLayout.CENTER);
    type.addActionListener(e -> refilter());
    text.getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                refilter();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                refilter();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                refilter();
              }
            });
  }

  /** One line for an event: month, type, agent, counterparty, SKU, quantity, money, detail. */
  static String describe(SimEvent e) {
    StringBuilder b = new StringBuilder();
    b.append(e.date()).append("  ").append(e.type()).append("  ").append(e.agent());
    if (e.counterparty() != null) {
      b.append(" → ").append(e.counterparty());
    }
    if (e.sku() != null) {
      b.append("  ").append(e.sku());
    }
    if (e.units() != null) {
      b.append(String.format(Locale.ROOT, "  %,.0f units", e.units()));
    }
    if (e.usdM() != null) {
      b.append(String.format(Locale.ROOT, "  %,.1f M USD", e.usdM()));
    }
    if (!e.detail().isEmpty()) {
      b.append("  ").append(e.detail());
    }
    return b.toString();
  }

  /** Forgets the previous run's events (on the Swing thread). */
  public void reset() {
    onSwing(
        () -> {
          all.clear();
          types.clear();
          shown.clear();
          typeModel.removeAllElements();
          typeModel.addElement(ALL);
        });
  }

  /** Adds events (on the Swing thread) and scrolls to the newest. */
  public void append(List<SimEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<SimEvent> copy = List.copyOf(events);
    onSwing(
        () -> {
          for (SimEvent e : copy) {
            all.add(e);
            if (types.add(e.type())) {
              typeModel.addElement(e.type());
            }
            if (matches(e)) {
              shown.addElement(e);
            }
          }
          if (!shown.isEmpty()) {
            list.ensureIndexIsVisible(shown.size() - 1);
          }
        });
  }

  /** Events shown under the current filter. */
  public int shownCount() {
    return shown.size();
  }

  /** Sets the text filter (as a user typing). */
  public void setFilter(String s) {
    text.setText(s);
  }

  /** Selects the shown event at an index (as a user clicking it). */
  public void select(int index) {
    list.setSelectedIndex(index);
  }

  private boolean matches(SimEvent e) {
    Object t = type.getSelectedItem();
    if (t != null && !ALL.equals(t) && !t.equals(e.type())) {
      return false;
    }
    if (e.type().equals(EventTypes.COMPUTE_TRADED) && !trades.isSelected() && !e.type().equals(t)) {
      return false;
    }
    String q = text.getText().strip().toLowerCase(Locale.ROOT);
    return q.isEmpty() || describe(e).toLowerCase(Locale.ROOT).contains(q);
  }

  private void refilter() {
    shown.clear();
    for (SimEvent e : all) {
      if (matches(e)) {
        shown.addElement(e);
      }
    }
  }

  private static void onSwing(Runnable r) {
    if (SwingUtilities.isEventDispatchThread()) {
      r.run();
    } else {
      SwingUtilities.invokeLater(r);
    }
  }
}
