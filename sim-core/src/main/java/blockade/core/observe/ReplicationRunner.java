package blockade.core.observe;

/**
 * Runs one replication of a resolved scenario for a given master seed. Implementations must be safe
 * to call from several threads at once (each call builds its own model) and must give the same
 * {@link RunResult} for the same seed whatever the thread or order.
 */
@FunctionalInterface
public interface ReplicationRunner {
  RunResult run(long seed) throws Exception;
}
