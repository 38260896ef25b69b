package blockade.experiment.cluster;

import java.util.Optional;
import java.util.ServiceLoader;

/** Finds an optional {@link ClusterEngine} on the class path by name. */
public final class ClusterEngines {
  private ClusterEngines() {}

  /** The engine called {@code name}, or empty when its module is not on the class path. */
  public static Optional<ClusterEngine> find(String name) {
    for (ClusterEngine e : ServiceLoader.load(ClusterEngine.class)) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
