package blockade.experiment.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;

/**
 * PNG charts over a run's dates (JFreeChart 1.0.19, headless). Used by {@code run} (line charts of
 * key metrics) and by the Monte Carlo runner (fan charts; overlays for {@code compare}).
 *
 * <p>The x axis is a numeric month axis ({@code year × 12 + month − 1}) whose tick labels print as
 * {@code YYYY-MM}; ticks fall on January every year for long horizons (every 3 or 6 months for
 * short ones). A numeric axis instead of a {@code DateAxis} keeps the picture independent of the
 * JVM's time zone and locale, so the same inputs give the same bytes on every machine with the same
 * fonts. Values that are NaN leave a gap in a line; band points with any NaN quantile are skipped.
 * This class is the one place in sim-core that touches {@code java.awt}: the PNG writers of {@code
 * run} and {@code mc} need it, and it draws off-screen only.
 */
public final class Charts {
  /** Image size in pixels. */
  public static final int WIDTH_PX = 900;

  public static final int HEIGHT_PX = 500;

  /** Fill opacity of the p25–p75 band. */
  static final float INNER_BAND_ALPHA = 0.35f;

  /** Fill opacity of the p05–p95 band. */
  static final float OUTER_BAND_ALPHA = 0.15f;

  /** Distinct, colour-blind-friendly series colours, used in order and then repeated. */
  private static final Color[] PALETTE = {
    new Color(0x1f, 0x77, 0xb4),
    new Color(0xd6, 0x27, 0x28),
    new Color(0x2c, 0xa0, 0x2c),
    new Color(0xff, 0x7f, 0x0e),
    new Color(0x94, 0x67, 0xbd),
    new Color(0x8c, 0x56, 0x4b),
    new Color(0xe3, 0x77, 0xc2),
    new Color(0x7f, 0x7f, 0x7f),
  };

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Charts() {}

  /** Quantile band of one metric over dates for one scenario. */
  public record Band(
      String name, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {}

  /** Line chart, one line per series (insertion order), x axis = dates (YYYY-MM). */
  public static void line(
      Path png, String title, String yLabel, List<String> dates, Map<String, double[]> series)
      throws IOException {
    if (png == null || dates == null || series == null) {
      throw new IllegalArgumentException("png, dates and series must not be null");
    }
    MonthAxis months = MonthAxis.of(dates);
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    int i = 0;
    for (Map.Entry<String, double[]> e : series.entrySet()) {
      String name = requireName(e.getKey());
      double[] v = requireLength(name, e.getValue(), dates.size());
      XYSeries s = new XYSeries(name, false, true);
      for (int t = 0; t < v.length; t++) {
        // NaN is kept: the renderer leaves a gap there instead of joining across it
        s.add(months.x(t), Double.isInfinite(v[t]) ? Double.NaN : v[t]);
      }
      data.addSeries(s);
      renderer.setSeriesPaint(i, colour(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
      i++;
    }
    XYPlot plot = new XYPlot(data, months.axis(), valueAxis(yLabel), renderer);
    write(png, chart(title, plot, null));
  }

  /**
   * Fan chart: for each band a median line, a p25–p75 band and a lighter p05–p95 band; with two
   * bands the scenarios are overlaid in distinct colours.
   */
  public static void fan(
      Path png, String title, String yLabel, List<String> dates, List<Band> bands)
      throws IOException {
    fan(png, title, yLabel, dates, bands, null);
  }

  /** A record value to mark on a fan chart: a range of values over a window of months. */
  public record Target(String label, String from, String to, double low, double high) {}

  /**
   * A fan chart with a target marked: the target's value range as a shaded horizontal band, its
   * window of months as a shaded vertical band (null draws none).
   */
  public static void fan(
      Path png, String title, String yLabel, List<String> dates, List<Band> bands, Target target)
      throws IOException {
    if (png == null || dates == null || bands == null) {
      throw new IllegalArgumentException("png, dates and bands must not be null");
    }
    MonthAxis months = MonthAxis.of(dates);
    YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
    YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
    DeviationRenderer innerRenderer = new DeviationRenderer(true, false);
    DeviationRenderer outerRenderer = new DeviationRenderer(true, false);
    innerRenderer.setAlpha(INNER_BAND_ALPHA);
    outerRenderer.setAlpha(OUTER_BAND_ALPHA);
    Set<String> names = new LinkedHashSet<>();
    int n = dates.size();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      if (b == null) {
        throw new IllegalArgumentException("band " + i + " is null");
      }
      String name = requireName(b.name());
      if (!names.add(name)) {
        throw new IllegalArgumentException("duplicate band name " + name);
      }
      double[] p05 = requireLength(name + ".p05", b.p05(), n);
      double[] p25 = requireLength(name + ".p25", b.p25(), n);
      double[] p50 = requireLength(name + ".p50", b.p50(), n);
      double[] p75 = requireLength(name + ".p75", b.p75(), n);
      double[] p95 = requireLength(name + ".p95", b.p95(), n);
      YIntervalSeries in = new YIntervalSeries(name, false, true);
      YIntervalSeries out = new YIntervalSeries(name + " p05–p95", false, true);
      for (int t = 0; t < n; t++) {
        double x = months.x(t);
        if (finite(p25[t], p50[t], p75[t])) {
          in.add(x, p50[t], p25[t], p75[t]);
        }
        if (finite(p05[t], p50[t], p95[t])) {
          out.add(x, p50[t], p05[t], p95[t]);
        }
      }
      inner.addSeries(in);
      outer.addSeries(out);
      Color c = colour(i);
      innerRenderer.setSeriesPaint(i, c);
      innerRenderer.setSeriesFillPaint(i, c);
      innerRenderer.setSeriesStroke(i, new BasicStroke(2f));
      outerRenderer.setSeriesPaint(i, c);
      outerRenderer.setSeriesFillPaint(i, c);
      outerRenderer.setSeriesLinesVisible(i, false);
      outerRenderer.setSeriesVisibleInLegend(i, false);
    }
    XYPlot plot = new XYPlot(inner, months.axis(), valueAxis(yLabel), innerRenderer);
    plot.setDataset(1, outer);
    plot.setRenderer(1, outerRenderer);
    // REVERSE draws dataset 1 (the wide, light band) first, so the inner band and the median
    // line sit on top of it
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    String subtitle = "line: median; shading: p25–p75 (dark), p05–p95 (light)";
    if (target != null) {
      Color mark = new Color(0x2c, 0xa0, 0x2c);
      org.jfree.chart.plot.IntervalMarker values =
          new org.jfree.chart.plot.IntervalMarker(target.low(), target.high());
      values.setPaint(mark);
      values.setAlpha(0.25f);
      plot.addRangeMarker(values, org.jfree.ui.Layer.BACKGROUND);
      double x0 = months.x(Math.max(0, dates.indexOf(target.from())));
      int last = dates.indexOf(target.to());
      double x1 = months.x(last < 0 ? dates.size() - 1 : last);
      org.jfree.chart.plot.IntervalMarker window =
          new org.jfree.chart.plot.IntervalMarker(x0 - 0.5, x1 + 0.5);
      window.setPaint(Color.LIGHT_GRAY);
      window.setAlpha(0.3f);
      plot.addDomainMarker(window, org.jfree.ui.Layer.BACKGROUND);
      // markers do not widen the automatic range: make room for the target explicitly
      org.jfree.data.Range data = plot.getDataRange(plot.getRangeAxis());
      double lo = data == null ? target.low() : Math.min(data.getLowerBound(), target.low());
      double hi = data == null ? target.high() : Math.max(data.getUpperBound(), target.high());
      double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-9, 0.05 * Math.abs(hi));
      plot.getRangeAxis().setRange(lo - pad, hi + pad);
      subtitle += "; green: " + target.label() + ", grey: its window";
    }
    write(png, chart(title, plot, subtitle));
  }

  /** One bar of a {@link #bars} chart: a value with its interval, in one series. */
  public record Bar(String series, String category, double value, double low, double high) {}

  /**
   * Horizontal bar chart with interval whiskers, categories top to bottom in the order first seen
   * (e.g. sensitivity indices ranked), one colour per series (e.g. first and total order).
   */
  public static void bars(Path png, String title, String valueLabel, List<Bar> bars)
      throws IOException {
    if (png == null || bars == null || bars.isEmpty()) {
      throw new IllegalArgumentException("png and at least one bar are required");
    }
    org.jfree.data.statistics.DefaultStatisticalCategoryDataset data =
        new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
    for (Bar b : bars) {
      // the renderer draws value ± "standard deviation": give it the larger half-interval
      double half = Math.max(b.high() - b.value(), b.value() - b.low());
      data.add(b.value(), Double.isFinite(half) ? half : 0, b.series(), b.category());
    }
    org.jfree.chart.renderer.category.StatisticalBarRenderer renderer =
        new org.jfree.chart.renderer.category.StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, colour(i));
    }
    org.jfree.chart.axis.CategoryAxis categories = new org.jfree.chart.axis.CategoryAxis();
    categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    NumberAxis values = valueAxis(valueLabel);
    values.setAutoRangeIncludesZero(true);
    org.jfree.chart.plot.CategoryPlot plot =
        new org.jfree.chart.plot.CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlinePaint(Color.GRAY);
    JFreeChart chart = new JFreeChart(title == null ? "" : title, plot);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    TextTitle sub =
        new TextTitle(
            "whiskers: ± the wider half of the bootstrap 95 % interval (exact ends in the CSV)",
            new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    sub.setPaint(Color.DARK_GRAY);
    chart.addSubtitle(sub);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setFrame(BlockBorder.NONE);
    int height = Math.max(HEIGHT_PX, 120 + 22 * data.getColumnCount() * data.getRowCount());
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(png)) {
        ChartUtilities.writeChartAsPNG(out, chart, WIDTH_PX, height);
      }
    } catch (IOException e) {
      throw new IOException("cannot write chart " + png + ": " + cause(e), e);
    }
  }

  /**
   * Prior and posterior histograms of one parameter ({@code calibrate}), each scaled to area 1 over
   * the same {@code bins} equal bins from the smaller minimum to the larger maximum, so their
   * shapes compare whatever the number of draws.
   */
  public static void histogram(
      Path png, String title, String xLabel, double[] prior, double[] posterior, int bins)
      throws IOException {
    double[] a = java.util.Arrays.stream(prior).filter(Double::isFinite).toArray();
    double[] b = java.util.Arrays.stream(posterior).filter(Double::isFinite).toArray();
    if (png == null || a.length == 0 || b.length == 0 || bins < 1) {
      throw new IllegalArgumentException("png, prior and posterior values and bins ≥ 1 required");
    }
    double lo = Math.min(min(a), min(b));
    double hi = Math.max(max(a), max(b));
    if (!(hi > lo)) {
      hi = lo + Math.max(1e-9, Math.abs(lo) * 1e-6);
    }
    org.jfree.data.statistics.HistogramDataset data =
        new org.jfree.data.statistics.HistogramDataset();
    data.setType(org.jfree.data.statistics.HistogramType.SCALE_AREA_TO_1);
    data.addSeries("prior (all " + a.length + " draws)", a, bins, lo, hi);
    data.addSeries("posterior (" + b.length + " accepted)", b, bins, lo, hi);
    org.jfree.chart.renderer.xy.XYBarRenderer renderer =
        new org.jfree.chart.renderer.xy.XYBarRenderer();
    renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, new Color(0x7f, 0x7f, 0x7f, 110));
    renderer.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4, 170));
    NumberAxis x = valueAxis(xLabel);
    NumberAxis y = valueAxis("density");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    write(png, chart(title, plot, "grey: prior draws; blue: accepted draws"));
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) {
      m = Math.min(m, d);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }

  private static JFreeChart chart(String title, XYPlot plot, String subtitle) {
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlinePaint(Color.GRAY);
    JFreeChart chart = new JFreeChart(title == null ? "" : title, plot);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    if (subtitle != null) {
      TextTitle sub = new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      sub.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setFrame(BlockBorder.NONE);
    return chart;
  }

  private static NumberAxis valueAxis(String yLabel) {
    NumberAxis axis = new NumberAxis(yLabel == null ? "" : yLabel);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  /**
   * Writes the PNG. A failure names the file and its cause: ImageIO's own message ("I/O error
   * writing PNG file!") says neither which file nor why (a full disk, for one).
   */
  private static void write(Path png, JFreeChart chart) throws IOException {
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // ChartUtilities encodes through ImageIO without time or software chunks, so the bytes
      // depend only on the picture
      try (OutputStream out = Files.newOutputStream(png)) {
        ChartUtilities.writeChartAsPNG(out, chart, WIDTH_PX, HEIGHT_PX);
      }
    } catch (IOException e) {
      throw new IOException("cannot write chart " + png + ": " + cause(e), e);
    }
  }

  /** What went wrong, from the innermost exception (ImageIO wraps the real cause). */
  static String cause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    if (c instanceof FileSystemException f) {
      String reason =
          f.getReason() != null
              ? f.getReason()
              : c instanceof AccessDeniedException
                  ? "permission denied"
                  : c instanceof NoSuchFileException
                      ? "no such file or directory"
                      : c instanceof NotDirectoryException
                          ? "not a directory"
                          : c instanceof FileAlreadyExistsException
                              ? "exists and is not a directory"
                              : c.getClass().getSimpleName();
      return f.getFile() == null ? reason : f.getFile() + ": " + reason;
    }
    String msg = c.getMessage();
    return msg == null || msg.isBlank() ? c.getClass().getSimpleName() : msg.strip();
  }

  private static Color colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  private static boolean finite(double... v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }

  private static String requireName(String name) {
    if (name == null) {
      throw new IllegalArgumentException("series name must not be null");
    }
    return name;
  }

  private static double[] requireLength(String name, double[] v, int n) {
    if (v == null || v.length != n) {
      throw new IllegalArgumentException(
          "series "
              + name
              + " has "
              + (v == null ? "no" : v.length)
              + " values for "
              + n
              + " dates");
    }
    return v;
  }

  /**
   * Maps tick index to an x value. With YYYY-MM dates x is months since year 0, so a tick unit of
   * 12 lands on Januaries; with other date strings x is the index and labels are the strings.
   */
  private record MonthAxis(List<String> dates, double[] xs, boolean calendar) {
    static MonthAxis of(List<String> dates) {
      double[] xs = new double[dates.size()];
      boolean calendar = true;
      for (int t = 0; t < xs.length; t++) {
        String d = dates.get(t);
        Matcher m = d == null ? null : YEAR_MONTH.matcher(d);
        if (m == null || !m.matches()) {
          calendar = false;
          break;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
          calendar = false;
          break;
        }
        xs[t] = Integer.parseInt(m.group(1)) * 12.0 + month - 1;
      }
      if (!calendar) {
        for (int t = 0; t < xs.length; t++) {
          xs[t] = t;
        }
      }
      return new MonthAxis(dates, xs, calendar);
    }

    double x(int t) {
      return xs[t];
    }

    NumberAxis axis() {
      NumberAxis axis = new NumberAxis(calendar ? "month" : "tick");
      double span = xs.length < 2 ? 1 : xs[xs.length - 1] - xs[0];
      double step = span <= 24 ? 3 : span <= 60 ? 6 : span <= 240 ? 12 : 60;
      if (!calendar) {
        step = Math.max(1, Math.ceil(span / 10));
      }
      axis.setTickUnit(new NumberTickUnit(step, new MonthFormat(this)));
      axis.setAutoRangeIncludesZero(false);
      axis.setLowerMargin(0.01);
      axis.setUpperMargin(0.01);
      if (xs.length >= 2) {
        axis.setRange(xs[0], xs[xs.length - 1]);
      } else if (xs.length == 1) {
        axis.setRange(xs[0] - 1, xs[0] + 1);
      }
      return axis;
    }

    String label(double x) {
      long v = Math.round(x);
      if (calendar) {
        return String.format(
            Locale.ROOT, "%04d-%02d", Math.floorDiv(v, 12), Math.floorMod(v, 12) + 1);
      }
      return v >= 0 && v < dates.size() && dates.get((int) v) != null
          ? dates.get((int) v)
          : Long.toString(v);
    }
  }

  /** Formats month-axis tick values as YYYY-MM; JFreeChart only calls {@code format}. */
  private static final class MonthFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient MonthAxis months;
    private final DecimalFormat fallback =
        new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    MonthFormat(MonthAxis months) {
      this.months = months;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      return to.append(months.label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return to.append(months.label(number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      return fallback.parse(source, pos);
    }
  }
}
