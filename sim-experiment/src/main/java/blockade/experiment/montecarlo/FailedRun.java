package blockade.experiment.montecarlo;

/**
 * A replication that threw: enough to report it and to reproduce it alone with {@code blockade run
 * --seed <seed>}.
 *
 * @param scenario the scenario (label) it belongs to
 * @param run replication index
 * @param seed the replication's seed
 * @param message first line of the exception message, or its class name when it has none
 */
public record FailedRun(String scenario, int run, long seed, String message) {}
