package blockade.core.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every dollar in the model lives in an account here (USD millions). Money enters only through
 * named sources (business cash flow, AI revenue, venture capital, state budgets) and leaves only
 * through named sinks (electricity, salaries, fab capex, fees); everything else is a transfer
 * between accounts. So "money is conserved" is checkable: Σ balances = Σ sources − Σ sinks.
 */
public final class Ledger implements java.io.Serializable {
  /** Tolerance for rounding when comparing amounts (USD millions). */
  public static final double EPS = 1e-6;

  private final Map<String, double[]> balances = new TreeMap<>();

  /** The same accounts by hash, for lookups (the tree keeps them in name order for sums). */
  private transient Map<String, double[]> byName;

  private final Map<String, double[]> sources = new LinkedHashMap<>();
  private final Map<String, double[]> sinks = new LinkedHashMap<>();

  /** What each account received by transfer, by reason (a fact other agents may read). */
  private final Map<String, Map<String, double[]>> received = new LinkedHashMap<>();

  private double totalSources;
  private double totalSinks;

  public void open(String account) {
    acc(account);
  }

  public double balance(String account) {
    double[] b = index().get(account);
    return b == null ? 0 : b[0];
  }

  /** Money from outside the model into an account. */
  public void inject(String source, String to, double amount) {
    check(amount);
    if (amount == 0) {
      return;
    }
    acc(to)[0] += amount;
    sources.computeIfAbsent(source, k -> new double[1])[0] += amount;
    totalSources += amount;
  }

  /** Money leaving the model from an account; fails if the account cannot pay. */
  public void spend(String from, String sink, double amount) {
    check(amount);
    if (amount == 0) {
      return;
    }
    double[] b = acc(from);
    if (b[0] + EPS < amount) {
      throw new IllegalStateException(
          from + " cannot pay " + amount + " to " + sink + ", has " + b[0]);
    }
    b[0] = Math.max(0, b[0] - amount);
    sinks.computeIfAbsent(sink, k -> new double[1])[0] += amount;
    totalSinks += amount;
  }

  /** Money from one account to another; fails if the payer cannot pay. */
  public void transfer(String from, String to, double amount, String reason) {
    check(amount);
    if (amount == 0) {
      return;
    }
    double[] b = acc(from);
    if (b[0] + EPS < amount) {
      throw new IllegalStateException(
          from + " cannot pay " + amount + " to " + to + " for " + reason + ", has " + b[0]);
    }
    double paid = Math.min(amount, b[0]);
    b[0] -= paid;
    acc(to)[0] += paid;
    received.computeIfAbsent(to, k -> new LinkedHashMap<>())
            .computeIfAbsent(reason, k -> new double[1])[0] +=
        paid;
  }

  /**
   * Σ of the transfers an account has received for one reason, in the order they were made (e.g. a
   * firm's equity bought by state funds), USD millions.
   */
  public double received(String account, String reason) {
    Map<String, double[]> byReason = received.get(account);
    double[] v = byReason == null ? null : byReason.get(reason);
    return v == null ? 0 : v[0];
  }

  /** Σ of all balances. */
  public double totalBalances() {
    double s = 0;
    for (double[] b : balances.values()) {
      s += b[0];
    }
    return s;
  }

  public double totalSources() {
    return totalSources;
  }

  public double totalSinks() {
    return totalSinks;
  }

  public double source(String name) {
    double[] v = sources.get(name);
    return v == null ? 0 : v[0];
  }

  public double sink(String name) {
    double[] v = sinks.get(name);
    return v == null ? 0 : v[0];
  }

  /** Smallest balance of any account (to check nothing is negative). */
  public double minBalance() {
    double m = Double.POSITIVE_INFINITY;
    for (double[] b : balances.values()) {
      m = Math.min(m, b[0]);
    }
    return balances.isEmpty() ? 0 : m;
  }

  private double[] acc(String a) {
    Map<String, double[]> index = index();
    double[] b = index.get(a);
    if (b == null) {
      b = balances.computeIfAbsent(a, k -> new double[1]);
      index.put(a, b);
    }
    return b;
  }

  private Map<String, double[]> index() {
    if (byName == null) {
      byName = new java.util.HashMap<>(balances);
    }
    return byName;
  }

  private static void check(double amount) {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("amount must be finite and ≥ 0, got " + amount);
    }
  }
}
