package blockade.bench;

import blockade.core.market.AuctionResult;
import blockade.core.market.CallAuctionKernel;
import blockade.core.market.ExchangeOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compute exchange's call auction ({@link CallAuctionKernel#clear}) on N orders, half bids and
 * half asks with overlapping limit prices, versus sorting N doubles (a copy of the orders' limit
 * prices, so the copy is part of both). The ratio clear / sortDoubles at the same N is the target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class AuctionBench {
  @Param({"1000", "10000", "100000"})
  public int orders;

  List<ExchangeOrder> book;
  double[] prices;

  /** N orders from a fixed seed: asks around 1.8, bids around 2.2 (USD per H100e-month). */
  static List<ExchangeOrder> book(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ExchangeOrder> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "agent-%07d", i);
      double qty = 1 + r.nextDouble() * 99;
      if (i % 2 == 0) {
        out.add(ExchangeOrder.bid(id, qty, 2.2 * Math.exp(0.3 * r.nextGaussian())));
      } else {
        out.add(ExchangeOrder.ask(id, qty, 1.8 * Math.exp(0.3 * r.nextGaussian())));
      }
    }
    return out;
  }

  @Setup
  public void make() {
    book = book(orders, 7L);
    prices = new double[orders];
    for (int i = 0; i < orders; i++) {
      prices[i] = book.get(i).limitPriceUsd();
    }
  }

  @Benchmark
  public AuctionResult clear() {
    return CallAuctionKernel.clear(book, 0.02, true);
  }

  @Benchmark
  public double[] sortDoubles() {
    double[] a = prices.clone();
    Arrays.sort(a);
    return a;
  }
}
