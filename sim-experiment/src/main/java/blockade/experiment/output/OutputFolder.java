package blockade.experiment.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * The one output-folder policy of every command that writes ({@code run}, {@code mc}, {@code
 * compare}, ...). A command {@link #open opens} its {@code --out DIR}, writes into {@link #work()}
 * ({@code DIR.partial}) and {@link #publish() publishes} by renaming it to {@code DIR}. Rules:
 *
 * <ul>
 *   <li>{@code DIR} is replaced only when it does not exist, is empty, or holds an output of the
 *       same command whose marker file {@value #MARKER} (written by Blockade) lists every file in
 *       it with its size. A file a user added or changed stops the replacement with a message
 *       naming it; nothing a user wrote is ever deleted.
 *   <li>{@code /}, the home folder, a git working tree (a folder holding {@code .git}), the current
 *       directory or any folder above it, Blockade's own install folder and any folder holding an
 *       input file are refused outright.
 *   <li>While a command runs it holds an exclusive lock on {@code DIR.partial}'s marker file; a
 *       second command on the same {@code DIR} is refused, naming the process holding it.
 *   <li>Without {@code resume}, a {@code DIR.partial} holding finished work (e.g. replications)
 *       stops the command ({@link UnfinishedWorkException}); one without finished work is cleared
 *       of the files Blockade writes (and refused if it holds anything else).
 *   <li>Folders are made with the platform's default permissions (the umask), so colleagues on a
 *       shared server can read them as they can read any folder the user makes.
 * </ul>
 *
 * <p>Refusals are {@link OutputRefusedException}s (a usage error: exit code 2); failures to read or
 * write are {@link IOException}s.
 */
public final class OutputFolder implements AutoCloseable {
  /** Marker file Blockade writes into every output folder it makes. */
  public static final String MARKER = ".blockade-output";

  /** System property naming Blockade's install folder (set by the {@code blockade} launcher). */
  public static final String HOME_PROPERTY = "blockade.home";

  private static final String HEADER =
      "# written by Blockade: this folder is a Blockade output. The files listed here are the"
          + " ones Blockade wrote;\n# a later command may replace this folder only while it holds"
          + " nothing else.\n";

  /** Counts finished units of work (e.g. replications) in an existing working folder. */
  @FunctionalInterface
  public interface FinishedWork {
    /** 0 when the folder holds nothing worth resuming. */
    int count(Path workDir) throws IOException;
  }

  /** Marker files locked by this JVM (a second channel's lock would throw, its close unlock). */
  private static final java.util.Set<Path> HELD =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final Path target;
  private final Path work;
  private final Path markerFile;
  private final String command;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean published;
  private boolean closed;

  private OutputFolder(
      Path target, Path work, Path markerFile, String command, FileChannel channel, FileLock lock) {
    this.target = target;
    this.work = work;
    this.markerFile = markerFile;
    this.command = command;
    this.channel = channel;
    this.lock = lock;
  }

  /** {@code DIR.partial} of {@code DIR}. */
  public static Path partialOf(Path outDir) {
    Path abs = outDir.toAbsolutePath().normalize();
    if (abs.getFileName() == null) {
      throw new OutputRefusedException(outDir + " is the file system root");
    }
    return abs.resolveSibling(abs.getFileName() + ".partial");
  }

  /**
   * Checks {@code outDir} may receive an output of {@code command}, without writing anything: the
   * check a command makes before it starts its work. {@link #open} checks again.
   *
   * @param inputs files the command reads (configs): a folder holding one is refused
   */
  public static void check(Path outDir, String command, List<Path> inputs) throws IOException {
    Path target = OutputFolderRules.guard(outDir, inputs);
    OutputFolderRules.checkReplaceable(target, command);
    OutputFolderRules.checkPartial(partialOf(target));
  }

  /**
   * Takes {@code outDir} for {@code command}: checks it, locks it and prepares {@code DIR.partial}.
   *
   * @param inputs files the command reads (configs): a folder holding one is refused
   * @param resume keep the finished work of an existing {@code DIR.partial}
   * @param finished counts the finished work of an existing {@code DIR.partial}
   * @throws OutputRefusedException when the folder may not be used (see the class comment)
   * @throws UnfinishedWorkException without {@code resume} when {@code DIR.partial} holds finished
   *     work
   */
  public static OutputFolder open(
      Path outDir, String command, List<Path> inputs, boolean resume, FinishedWork finished)
      throws IOException {
    check(outDir, command, inputs);
    Path target = outDir.toAbsolutePath().normalize();
    Path partial = partialOf(target);
    Files.createDirectories(partial);
    Path markerFile = partial.resolve(MARKER);
    if (!HELD.add(markerFile)) {
      throw inUse(target, holderOf(markerFile));
    }
    FileChannel ch;
    try {
      ch =
          FileChannel.open(
              markerFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      HELD.remove(markerFile);
      throw e;
    }
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      ch.close();
      HELD.remove(markerFile);
      throw e;
    }
    if (lock == null) {
      String holder = holderOf(markerFile);
      ch.close();
      HELD.remove(markerFile);
      throw inUse(target, holder);
    }
    OutputFolder folder = new OutputFolder(target, partial, markerFile, command, ch, lock);
    try {
      if (!Files.exists(markerFile, LinkOption.NOFOLLOW_LINKS)) {
        // the folder was removed between our open and our lock: a finishing command published it
        throw new OutputRefusedException(
            "--out " + target + " changed while Blockade was taking it; run the command again");
      }
      String previous = readMarker(ch);
      String previousCommand = OutputFolderRules.field(previous, "command");
      if (previousCommand != null && !previousCommand.equals(command)) {
        throw new OutputRefusedException(
            partial
                + " holds unfinished work of '"
                + previousCommand
                + "', not '"
                + command
                + "'; finish it with that command's --resume, or choose another --out");
      }
      int done = previousCommand == null ? 0 : finished.count(partial);
      if (!resume && done > 0) {
        throw new UnfinishedWorkException(partial, done);
      }
      if (!resume || done == 0) {
        OutputFolderRules.clearOwnFiles(partial);
      }
      folder.writeMarker(
          "command=" + command + "\nstate=working\npid=" + ProcessHandle.current().pid() + "\n");
      return folder;
    } catch (IOException | RuntimeException | Error e) {
      folder.close();
      throw e;
    }
  }

  /** The working folder ({@code DIR.partial}); the command writes its files here. */
  public Path work() {
    return work;
  }

  /** The final folder ({@code DIR}), absolute. */
  public Path target() {
    return target;
  }

  /**
   * Moves the working folder into place as {@code DIR}, replacing an earlier output only if it is
   * still replaceable (checked again now). The replaced output is deleted only after the new one is
   * in place, and only because it holds nothing but the files Blockade listed in its marker.
   */
  public void publish() throws IOException {
    if (published || closed) {
      throw new IllegalStateException("output folder already published or closed: " + target);
    }
    OutputFolderRules.checkReplaceable(target, command);
    writeMarker(OutputFolderRules.manifest(work, command));
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(work, target);
    } else {
      Path aside = Files.createTempDirectory(parent, "." + name + ".old-");
      Path old = aside.resolve(name);
      move(target, old);
      try {
        move(work, target);
      } catch (IOException | RuntimeException e) {
        try {
          move(old, target);
          Files.deleteIfExists(aside);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
        throw e;
      }
      deleteTree(aside);
    }
    published = true;
  }

  /**
   * Deletes the working folder of a command that failed and has nothing worth resuming (e.g. a
   * single run); everything in it was written by this command.
   */
  public void discard() throws IOException {
    if (!published && !closed) {
      deleteTree(work);
    }
  }

  /** Releases the lock. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      try {
        channel.close();
      } finally {
        HELD.remove(markerFile);
      }
    }
  }

  // ---- the marker and its lock ----------------------------------------------------------------

  private void writeMarker(String body) throws IOException {
    byte[] bytes = (HEADER + body).getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.position(0);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    channel.force(false);
  }

  private static String readMarker(FileChannel ch) throws IOException {
    long size = Math.min(ch.size(), 1 << 20);
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    ch.position(0);
    while (buf.hasRemaining() && ch.read(buf) > 0) {
      // read all
    }
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  private static String holderOf(Path marker) {
    try {
      String text = Files.readString(marker, StandardCharsets.UTF_8);
      String pid = OutputFolderRules.field(text, "pid");
      String cmd = OutputFolderRules.field(text, "command");
      if (pid != null && pid.equals(Long.toString(ProcessHandle.current().pid()))) {
        return "another command of this process" + (cmd == null ? "" : " ('" + cmd + "')");
      }
      if (pid != null) {
        return "process " + pid + (cmd == null ? "" : " ('blockade " + cmd + "')");
      }
    } catch (IOException | RuntimeException e) {
      // unreadable: fall through
    }
    return "another process";
  }

  // ---- file helpers ---------------------------------------------------------------------------

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a tree Blockade wrote, without following symbolic links; a missing path is fine. */
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

  private static OutputRefusedException inUse(Path target, String holder) {
    return new OutputRefusedException(
        "--out "
            + target
            + " is in use by "
            + holder
            + "; wait for it to finish or choose another --out");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "OutputFolder[%s, %s]", target, command);
  }
}
