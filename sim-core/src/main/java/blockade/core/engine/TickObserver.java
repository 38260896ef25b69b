package blockade.core.engine;

/** Called by the engine at the end of every tick (metrics recorders, invariant checks, GUI). */
@FunctionalInterface
public interface TickObserver extends java.io.Serializable {
  void afterTick(World world);
}
