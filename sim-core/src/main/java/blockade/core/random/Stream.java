package blockade.core.random;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * A XoRoShiRo128++ stream that can be checkpointed: every draw goes to the Commons RNG provider
 * unchanged (so draws are exactly the provider's), and serialization stores the provider's saved
 * state (which includes the cached halves it keeps for {@code nextInt}).
 */
final class Stream implements org.apache.commons.rng.UniformRandomProvider, Serializable {
  private static final long serialVersionUID = 1L;

  private transient RestorableUniformRandomProvider rng;

  Stream(long[] seed) {
    // what RandomSource.XO_RO_SHI_RO_128_PP makes from a full two-long seed, built directly
    // (RandomSource.create goes through reflection, and streams are made every month)
    this.rng = new XoRoShiRo128PlusPlus(seed);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(((RandomProviderDefaultState) rng.saveState()).getState());
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    byte[] state = (byte[]) in.readObject();
    rng = new XoRoShiRo128PlusPlus(new long[] {1, 0});
    rng.restoreState(new RandomProviderDefaultState(state));
  }

  @Override
  public void nextBytes(byte[] bytes) {
    rng.nextBytes(bytes);
  }

  @Override
  public void nextBytes(byte[] bytes, int start, int len) {
    rng.nextBytes(bytes, start, len);
  }

  @Override
  public int nextInt() {
    return rng.nextInt();
  }

  @Override
  public int nextInt(int n) {
    return rng.nextInt(n);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return rng.nextInt(origin, bound);
  }

  @Override
  public long nextLong() {
    return rng.nextLong();
  }

  @Override
  public long nextLong(long n) {
    return rng.nextLong(n);
  }

  @Override
  public long nextLong(long origin, long bound) {
    return rng.nextLong(origin, bound);
  }

  @Override
  public boolean nextBoolean() {
    return rng.nextBoolean();
  }

  @Override
  public float nextFloat() {
    return rng.nextFloat();
  }

  @Override
  public float nextFloat(float bound) {
    return rng.nextFloat(bound);
  }

  @Override
  public float nextFloat(float origin, float bound) {
    return rng.nextFloat(origin, bound);
  }

  @Override
  public double nextDouble() {
    return rng.nextDouble();
  }

  @Override
  public double nextDouble(double bound) {
    return rng.nextDouble(bound);
  }

  @Override
  public double nextDouble(double origin, double bound) {
    return rng.nextDouble(origin, bound);
  }
}
