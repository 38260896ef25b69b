package blockade.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A successfully loaded config with what is needed to reproduce it: the merged YAML with every
 * default filled in and a hash of it to record in outputs.
 *
 * @param value the bound, validated config record
 * @param resolvedYaml the full merged config, keys in declaration order
 * @param hash SHA-256 hex of a canonical form of the resolved config
 * @param files the file loaded first, then the file it extends, and so on
 * @param <T> the root config record type
 */
public record Loaded<T extends Record>(
    T value, String resolvedYaml, String hash, List<Path> files) {
  public Loaded {
    files = List.copyOf(files);
  }
}
