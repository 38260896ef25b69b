package blockade.core.montecarlo;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The temporary-name protocol of Monte Carlo outputs: everything is written to {@code
 * <out>.partial}, which survives an interruption (for {@code --resume}) and is moved to {@code
 * <out>} only when complete, so a directory named {@code <out>} is always a finished experiment.
 */
final class OutputDirs {
  private OutputDirs() {}

  static Path partialOf(Path outDir) {
    Path abs = outDir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".partial");
  }

  /** Creates the working directory; without resume an existing one is deleted first. */
  static Path prepare(Path outDir, boolean resume) throws IOException {
    Path partial = partialOf(outDir);
    if (Files.exists(partial) && !resume) {
      deleteRecursively(partial);
    }
    Files.createDirectories(partial);
    return partial;
  }

  /** Moves the finished working directory into place, replacing an older result only now. */
  static void publish(Path partial, Path outDir) throws IOException {
    Path target = outDir.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      Path old = target.resolveSibling(target.getFileName() + ".old");
      deleteRecursively(old);
      move(target, old);
      move(partial, target);
      deleteRecursively(old);
    } else {
      move(partial, target);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
