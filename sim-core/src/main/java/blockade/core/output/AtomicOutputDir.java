package blockade.core.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes an output directory all-or-nothing: the content goes into a hidden temporary sibling
 * ({@code .<name>.tmp-<random>}) that is renamed into place only when complete, so a reader or a
 * crash never sees half a result and a failure leaves an existing directory untouched.
 *
 * <p>An existing directory is replaced only when it is empty or holds {@code markerFile} (i.e. it
 * looks like an earlier output of the same command): a mistyped {@code --out $HOME} must not wipe a
 * home directory.
 */
public final class AtomicOutputDir {
  static final String NOT_OUTPUT_DIR =
      "refusing to replace %s: it is not empty and has no %s, so it is not an earlier output";
  static final String NOT_A_DIRECTORY = "%s exists and is not a directory";

  private AtomicOutputDir() {}

  /** Fills a fresh, empty directory; anything it throws aborts the whole write. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path dir) throws IOException;
  }

  /**
   * Writes {@code content} into a temporary sibling of {@code outDir}, then moves it into place,
   * replacing an earlier output (checked before anything is written, see class comment).
   *
   * @throws IOException when writing or moving fails; the temporary directory is then deleted and
   *     an existing {@code outDir} is left as it was
   */
  public static void write(Path outDir, String markerFile, Content content) throws IOException {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || target.getFileName() == null) {
      throw new IllegalArgumentException("output directory needs a parent: " + outDir);
    }
    checkReplaceable(target, markerFile);
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path tmp = Files.createTempDirectory(parent, "." + name + ".tmp-");
    try {
      content.writeInto(tmp);
      // re-check: another process may have created the target while we were writing
      checkReplaceable(target, markerFile);
      moveIntoPlace(tmp, target, parent, name);
    } catch (IOException | RuntimeException | Error e) {
      try {
        deleteTree(tmp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void checkReplaceable(Path target, String markerFile) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(String.format(NOT_A_DIRECTORY, target));
    }
    if (!Files.exists(target.resolve(markerFile)) && !isEmpty(target)) {
      throw new FileAlreadyExistsException(String.format(NOT_OUTPUT_DIR, target, markerFile));
    }
  }

  private static void moveIntoPlace(Path tmp, Path target, Path parent, String name)
      throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(tmp, target);
      return;
    }
    // move the old output aside into a fresh private directory (no name race), move the new one
    // in, then delete the old; if the second move fails, put the old one back
    Path aside = Files.createTempDirectory(parent, "." + name + ".old-");
    Path old = aside.resolve(name);
    move(target, old);
    try {
      move(tmp, target);
    } catch (IOException | RuntimeException e) {
      try {
        move(old, target);
        deleteTree(aside);
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    deleteTree(aside);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  /** Deletes a directory tree without following symbolic links; a missing path is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
