package blockade.gui;

import blockade.agents.scenario.ScenarioConfig;
import blockade.core.engine.BlockadeModel;
import blockade.core.engine.Calendar;
import blockade.core.observe.Metrics;
import blockade.core.observe.MetricsTable;
import blockade.core.policy.ExportRuleConfig;
import blockade.core.record.MetricsRecorder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts (MASON {@link TimeSeriesChartGenerator}s, one tab each): a point per month from
 * the run's metrics recorder, months as dates on the time axis, units on the value axis, and the US
 * rules' effective months (and GUI lever edits) drawn as vertical markers.
 */
public final class LiveCharts {
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Color RULE = new Color(170, 0, 170);
  static final Color LEVER = new Color(255, 0, 120);

  /** One chart: a title, the unit of its value axis and its series (label, metric column). */
  record Spec(String title, String unit, List<String[]> series) {}

  static final List<Spec> SPECS =
      List.of(
          new Spec(
              "Compute by chip origin",
              "H100e deployed",
              List.of(
                  new String[] {"US chips", Metrics.COMPUTE_US},
                  new String[] {"domestic chips", Metrics.COMPUTE_DOMESTIC},
                  new String[] {"offshore", Metrics.COMPUTE_OFFSHORE})),
          new Spec(
              "Chip purchases, US vs domestic",
              "chips per month",
              List.of(
                  new String[] {"US", Metrics.PURCHASES_US},
                  new String[] {"domestic", Metrics.PURCHASES_DOMESTIC},
                  new String[] {"grey market", Metrics.PURCHASES_GREY})),
          new Spec(
              "Compute exchange price",
              "USD per H100e-month",
              List.<String[]>of(new String[] {"clearing price", Metrics.EXCHANGE_PRICE})),
          new Spec(
              "Frontier gap",
              "months behind the frontier",
              List.<String[]>of(new String[] {"gap", Metrics.FRONTIER_GAP})),
          new Spec(
              "Self-sufficiency and domestic framework share",
              "share (0-1)",
              List.of(
                  new String[] {"self-sufficiency", Metrics.SELF_SUFFICIENCY},
                  new String[] {"domestic framework share", Metrics.FRAMEWORK_SHARE})),
          new Spec(
              "GPU inventory",
              "chips held, not deployed",
              List.<String[]>of(new String[] {"inventory", Metrics.INVENTORY_UNITS})),
          new Spec(
              "State money",
              "USD billions, cumulative",
              List.of(
                  new String[] {"disbursed", Metrics.FUNDS_DISBURSED},
                  new String[] {"wasted", Metrics.FUNDS_WASTED})));

  private final List<TimeSeriesChartGenerator> charts = new ArrayList<>();
  private final List<List<XYSeries>> series = new ArrayList<>();
  private int nextTick;

  public LiveCharts() {
    for (Spec s : SPECS) {
      TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
      g.setTitle(s.title());
      g.setXAxisLabel("month");
      g.setYAxisLabel(s.unit());
      List<XYSeries> l = new ArrayList<>();
      for (String[] c : s.series()) {
        XYSeries x = new XYSeries(c[0], false);
        g.addSeries(x, null);
        l.add(x);
      }
      style(g.getChart());
      charts.add(g);
      series.add(l);
    }
  }

  private static void style(JFreeChart c) {
    c.getTitle().setFont(TITLE);
    c.setBackgroundPaint(Color.WHITE);
    XYPlot p = c.getXYPlot();
    p.setBackgroundPaint(new Color(248, 248, 248));
    p.setDomainGridlinePaint(new Color(210, 210, 210));
    p.setRangeGridlinePaint(new Color(210, 210, 210));
    p.getDomainAxis().setLabelFont(LABEL);
    p.getDomainAxis().setTickLabelFont(TICKS);
    p.getRangeAxis().setLabelFont(LABEL);
    p.getRangeAxis().setTickLabelFont(TICKS);
    if (c.getLegend() != null) {
      c.getLegend().setItemFont(LABEL);
    }
    Color[] colors = {new Color(45, 110, 220), new Color(215, 50, 40), new Color(40, 170, 80)};
    for (int i = 0; i < 3; i++) {
      p.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
      p.getRenderer().setSeriesPaint(i, colors[i]);
    }
  }

  /** The chart generators, in display order. */
  public List<TimeSeriesChartGenerator> generators() {
    return charts;
  }

  /** Clears the series and draws the markers of a new run. */
  public void reset(ScenarioConfig config) {
    Calendar cal = new Calendar(config.start(), config.end());
    nextTick = 0;
    for (int k = 0; k < charts.size(); k++) {
      for (XYSeries x : series.get(k)) {
        x.clear();
      }
      XYPlot p = charts.get(k).getChart().getXYPlot();
      p.clearDomainMarkers();
      NumberAxis ax = (NumberAxis) p.getDomainAxis();
      ax.setNumberFormatOverride(new MonthFormat(cal));
      ax.setTickUnit(new NumberTickUnit(12));
      for (Map.Entry<String, ExportRuleConfig> r : config.usControls().rules().entrySet()) {
        ExportRuleConfig rc = r.getValue();
        boolean never = rc.rescinded() != null && !rc.rescinded().isAfter(rc.effective());
        if (never
            || rc.effective().isBefore(config.start())
            || rc.effective().isAfter(config.end())) {
          continue;
        }
        marker(p, cal.tickOf(rc.effective()), k == 0 ? r.getKey() : null, RULE);
      }
    }
  }

  /** Draws a lever edit's month as a marker on every chart. */
  public void leverMarker(int tick, String label) {
    for (TimeSeriesChartGenerator g : charts) {
      marker(g.getChart().getXYPlot(), tick, label, LEVER);
    }
  }

  private static void marker(XYPlot p, int tick, String label, Color color) {
    ValueMarker m = new ValueMarker(tick);
    m.setPaint(color);
    m.setStroke(
        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f}, 0));
    if (label != null) {
      m.setLabel(label);
      m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
      m.setLabelPaint(color);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    }
    p.addDomainMarker(m);
  }

  /** Adds the months recorded since the last call. */
  public void update(BlockadeModel model) {
    MetricsRecorder r = model.observer(MetricsRecorder.class);
    if (r == null) {
      return;
    }
    MetricsTable t = r.table();
    for (; nextTick < t.ticks(); nextTick++) {
      for (int k = 0; k < charts.size(); k++) {
        List<String[]> cols = SPECS.get(k).series();
        for (int i = 0; i < cols.size(); i++) {
          series.get(k).get(i).add(nextTick, t.get(nextTick, cols.get(i)[1]), true);
        }
      }
    }
    for (TimeSeriesChartGenerator g : charts) {
      g.updateChartLater(model.ticksDone());
    }
  }

  /** One window with a tab per chart. */
  public JFrame createFrame() {
    JTabbedPane tabs = new JTabbedPane();
    for (int k = 0; k < charts.size(); k++) {
      tabs.addTab(SPECS.get(k).title(), charts.get(k));
    }
    JFrame f = new JFrame("Blockade charts");
    f.getContentPane().add(tabs);
    f.setSize(760, 520);
    return f;
  }

  /** Formats a month index as YYYY-MM on the time axis. */
  static final class MonthFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient Calendar cal;

    MonthFormat(Calendar cal) {
      this.cal = cal;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      return format(Math.round(number), to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      if (number >= 0 && number < cal.ticks()) {
        return to.append(cal.date((int) number));
      }
      return to;
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      return null;
    }
  }
}
