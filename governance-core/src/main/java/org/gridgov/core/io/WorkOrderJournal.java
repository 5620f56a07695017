package org.gridgov.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderEvent;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable, append-only journal of work-order events: every event of every order, in the order
 * they were appended, from which the orders are rebuilt exactly as {@link WorkOrders#replay(List)}
 * rebuilds them.
 *
 * <h2>Format</h2>
 *
 * <p>The file is JSON Lines in UTF-8: one JSON object per line, each line ending in {@code \n}. The
 * first line is the header {@code {"format":"gridgov-work-order-journal","version":1}}; every
 * further line is one record, written compactly with its members in this order:
 *
 * <pre>{@code
 * {"seq":3,"order":"WO-17","event":{"type":"Accepted","order":"WO-17","sequence":3,...},"crc32c":"5d2f0a1c"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code seq}: the record's number in the journal, 1 for the first record and one more for
 *       each next, without gaps; record {@code n} is line {@code n + 1};
 *   <li>{@code order}: the id of the order the event happened to;
 *   <li>{@code event}: the event exactly as {@link DistrictSnapshotJson} writes it in an order's
 *       {@code events}, with its {@code type} field; its own {@code sequence} is its place in its
 *       order's history, not in the journal;
 *   <li>{@code crc32c}: the CRC32C (Castagnoli) of the record's canonical bytes, in eight
 *       lower-case hex digits. The canonical bytes are the UTF-8 bytes of the line up to the
 *       checksum member, closed with <code>&#125;</code> in its place: {@code
 *       {"seq":3,"order":"WO-17","event":{...}}}. So the checksum covers every byte of the line but
 *       the checksum member itself.
 * </ul>
 *
 * <h2>Writing and durability</h2>
 *
 * <p>{@link #open(Path, Durability)} opens a journal for writing, creating it if it does not exist.
 * {@link #append(WorkOrderEvent)} checks the event against the order's lifecycle first and writes
 * nothing if it is refused; it then writes the whole line in one write at the end of the file and
 * returns the record's sequence number. The {@link Durability} decides when the file is forced to
 * stable storage; {@link #durableSequence()} tells up to which record it has been. A record that
 * {@code append} returned survives a crash of the process, since the operating system holds it;
 * only records up to {@code durableSequence()} are sure to survive a crash of the machine.
 *
 * <h2>Opening, replay and damage</h2>
 *
 * <p>Opening reads the whole journal, checking the header, every checksum, the numbering and every
 * event against its order's lifecycle, and rebuilds the orders. A crash in the middle of an append
 * can leave only the last line damaged: a line without its newline, or a last line that does not
 * end in its checksum field. Such a {@link TornTail} is logged at WARN, kept in {@link #tornTail()}
 * and cut away, with everything before it kept. Damage anywhere before the last line (a bad
 * checksum, a record that is not JSON or not a record, a gap or a duplicate in the numbering, an
 * event the lifecycle refuses), and a whole last record whose checksum does not match, are never
 * skipped: opening fails with a {@link JournalCorruptException} naming the file, line, byte offset
 * and record, and leaves the file exactly as it was.
 *
 * <h2>One writer, many readers</h2>
 *
 * <p>A journal has a single writer. Opening for writing locks the file {@code <journal>.lock} next
 * to the journal's real path (a symbolic link to the journal meets the same lock, a hard link does
 * not), which is left in place on close: a second writer in the same JVM, or in another process,
 * fails with a {@link JournalLockedException}; the operating system releases the lock if the writer
 * dies. The lock is on a separate file because closing any channel to a locked file releases the
 * process's lock on it, which a reader in the same JVM would do. {@link #read(Path)} needs no lock
 * and may run while the writer appends: it sees only whole records, and a record still being
 * written shows as its torn tail.
 *
 * <p>The methods of an open journal are safe to call from several threads; appends are serialised.
 */
public final class WorkOrderJournal implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(WorkOrderJournal.class);

  /** Immutable once built and shared, so that its serialisers are built once per JVM. */
  private static final JournalFormat FORMAT = new JournalFormat();

  /**
   * The lock files this JVM holds, by file identity (device and inode where the platform has them),
   * so that links to one file are one. A second attempt must not even open a held lock file:
   * closing that second channel would release the first writer's lock at the operating system's
   * level.
   */
  private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final Durability durability;
  private final FileChannel channel;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Object lockKey;
  private final LiveOrders orders;
  private final Optional<TornTail> tornTail;
  private long end;
  private long lastSequence;
  private long durableSequence;
  private IOException failure;
  private boolean closed;

  private WorkOrderJournal(
      Path file,
      Durability durability,
      FileChannel channel,
      Held held,
      JournalScan.Result scan,
      long end) {
    this.file = file;
    this.durability = durability;
    this.channel = channel;
    this.lockChannel = held.channel();
    this.lock = held.lock();
    this.lockKey = held.key();
    this.orders = scan.orders();
    this.tornTail = scan.torn();
    this.end = end;
    this.lastSequence = scan.lastSequence();
    this.durableSequence = lastSequence;
  }

  /**
   * Opens a journal for writing, creating it if it does not exist, and replays it. A torn last
   * record is cut away and logged at WARN.
   *
   * @param file the journal's file
   * @param durability when to force appended records to stable storage
   * @return the open journal, positioned after its last record, every record durable
   * @throws JournalLockedException if the journal is already open for writing, here or elsewhere
   * @throws JournalCorruptException if the journal is damaged before its last record; the file is
   *     then left as it was
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static WorkOrderJournal open(Path file, Durability durability) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(durability, "durability");
    Held held = lock(file);
    FileChannel channel = null;
    try {
      boolean existed = Files.exists(file);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (!existed) {
        forceDirectory(file);
      }
      JournalScan.Result scan =
          JournalScan.scan(FORMAT, file.toString(), Channels.newInputStream(channel.position(0)));
      if (scan.torn().isPresent()) {
        TornTail torn = scan.torn().get();
        LOG.warn(
            "{}: cut away a torn last record at {}; {}", file, torn, kept(scan.lastSequence()));
        channel.truncate(scan.end());
      }
      long end = scan.end();
      if (!scan.header()) {
        channel.truncate(0);
        writeFully(channel, JournalFormat.HEADER, 0);
        end = JournalFormat.HEADER.length;
      }
      channel.force(true);
      return new WorkOrderJournal(file, durability, channel, held, scan, end);
    } catch (IOException e) {
      closeQuietly(channel, held);
      throw JournalIoException.of("cannotOpen", file, e);
    } catch (RuntimeException e) {
      closeQuietly(channel, held);
      throw e;
    }
  }

  /**
   * Reads a journal without writing to it or locking it, as it stands: every whole record, and the
   * orders they make. A reader may run while the writer appends; a record still being written shows
   * as the torn tail, which is reported and not cut away.
   *
   * @param file the journal's file
   * @return what the journal holds
   * @throws JournalCorruptException if the journal is damaged before its last record
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JournalContents read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      JournalScan.Result scan = JournalScan.scan(FORMAT, file.toString(), in);
      return new JournalContents(scan.records(), scan.orders().list(), scan.torn());
    } catch (IOException e) {
      throw JournalIoException.of("cannotRead", file, e);
    }
  }

  /**
   * Appends an event, after checking it against its order's lifecycle: a report of a new order, or
   * the next event of an order the journal holds. A refused event writes nothing.
   *
   * @param event the event
   * @return the record's sequence number, one more than the last; durable if {@link
   *     #durableSequence()} has reached it
   * @throws org.gridgov.core.workorder.WorkOrderRefusedException carrying the refusal if the
   *     order's lifecycle refuses the event, as the command that produced it would have been
   *     refused
   * @throws IllegalArgumentException if the event reports an order the journal already holds, is of
   *     an order the journal does not hold, or is not numbered next in its order's history
   * @throws IllegalStateException if the journal is closed, or failed to write earlier
   * @throws UncheckedIOException if writing fails; the journal then refuses further appends
   */
  public synchronized long append(WorkOrderEvent event) {
    Objects.requireNonNull(event, "event");
    requireWritable();
    WorkOrder after = orders.after(event);
    long sequence = lastSequence + 1;
    byte[] line = FORMAT.encode(sequence, event);
    try {
      writeFully(channel, line, end);
    } catch (IOException e) {
      fail(e);
      throw JournalIoException.of("cannotAppend", file, e, sequence);
    }
    end += line.length;
    lastSequence = sequence;
    orders.keep(after);
    if (durability.forcesAfter(lastSequence - durableSequence)) {
      force();
    }
    return sequence;
  }

  /**
   * Forces every appended record to stable storage now, whatever the durability policy.
   *
   * @return the durable sequence number, now the last
   * @throws IllegalStateException if the journal is closed, or failed to write earlier
   * @throws UncheckedIOException if forcing fails
   */
  public synchronized long sync() {
    requireWritable();
    if (durableSequence < lastSequence) {
      force();
    }
    return durableSequence;
  }

  /**
   * How far the journal is known to be on stable storage: every record up to this one survives a
   * crash of the machine. With {@link Durability#everyRecord()} it is always the last record; with
   * {@code everyRecords(n)} it lags the last by at most {@code n - 1}; with {@link
   * Durability#onClose()} it stays where opening left it until {@link #sync()}.
   *
   * @return the sequence number of the last durable record, 0 if none
   */
  public synchronized long durableSequence() {
    return durableSequence;
  }

  /**
   * The last record appended.
   *
   * @return its sequence number, 0 if the journal has no records
   */
  public synchronized long lastSequence() {
    return lastSequence;
  }

  /**
   * The orders the journal's events make, as they stand after its last record.
   *
   * @return the orders in the order they were reported
   */
  public synchronized List<WorkOrder> orders() {
    return orders.list();
  }

  /**
   * One order as it stands after the journal's last record.
   *
   * @param id the order's id
   * @return the order, or empty if the journal holds no event of it
   */
  public synchronized Optional<WorkOrder> order(WorkOrderId id) {
    return orders.get(Objects.requireNonNull(id, "id"));
  }

  /**
   * The torn last record that opening cut away.
   *
   * @return it, or empty if the journal ended cleanly
   */
  public Optional<TornTail> tornTail() {
    return tornTail;
  }

  /**
   * The journal's file.
   *
   * @return the path as given to {@link #open(Path, Durability)}
   */
  public Path file() {
    return file;
  }

  /**
   * When appended records are forced to stable storage.
   *
   * @return the policy given to {@link #open(Path, Durability)}
   */
  public Durability durability() {
    return durability;
  }

  /**
   * Forces every appended record to stable storage, releases the lock and closes the file. Closing
   * twice does nothing.
   *
   * @throws UncheckedIOException if forcing fails; the file and lock are released all the same
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (failure == null && durableSequence < lastSequence) {
        channel.force(false);
        durableSequence = lastSequence;
      }
    } catch (IOException e) {
      throw JournalIoException.of("cannotForce", file, e);
    } finally {
      closeQuietly(channel, new Held(lockChannel, lock, lockKey));
    }
  }

  @Override
  public String toString() {
    return "WorkOrderJournal[" + file + ", " + lastSequence + " records, " + durability + "]";
  }

  private void force() {
    try {
      channel.force(false);
    } catch (IOException e) {
      fail(e);
      throw JournalIoException.of("cannotForce", file, e);
    }
    durableSequence = lastSequence;
  }

  private void requireWritable() {
    if (closed) {
      throw new IllegalStateException(file + ": the journal is closed");
    }
    if (failure != null) {
      throw new IllegalStateException(
          file
              + ": the journal failed to write after record "
              + lastSequence
              + " and takes no more appends; open it again to recover",
          failure);
    }
  }

  /** Refuses further appends, and cuts away what a failed write may have left. */
  private void fail(IOException e) {
    failure = e;
    try {
      channel.truncate(end);
    } catch (IOException again) {
      e.addSuppressed(again);
    }
  }

  private static String kept(long records) {
    if (records == 0) {
      return "no record precedes it";
    }
    return records == 1
        ? "record 1 before it is kept"
        : "records 1 to " + records + " before it are kept";
  }

  private static void writeFully(FileChannel channel, byte[] bytes, long at) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long position = at;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
  }

  /** Makes a new file's directory entry durable, so that the file survives a crash too. */
  private static void forceDirectory(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory; the file's own force still holds its contents.
      LOG.debug("{}: cannot force directory {}: {}", file, dir, e.toString());
    }
  }

  /** The writer's lock: the open lock file, its lock, and its key in {@link #HELD}. */
  private record Held(FileChannel channel, FileLock lock, Object key) {}

  private static Held lock(Path file) {
    Path lockFile;
    Path real;
    Object key;
    try {
      // Named after the journal's real path, so that a link to the journal meets the same lock.
      Path journal = realPath(file);
      lockFile = journal.resolveSibling(journal.getFileName() + ".lock");
      try {
        Files.createFile(lockFile);
      } catch (FileAlreadyExistsException e) {
        // Left by an earlier writer; the lock, not the file, says whether one is active.
      }
      real = lockFile.toRealPath();
      Object identity = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
      key = identity != null ? identity : real;
    } catch (IOException e) {
      throw JournalIoException.of("cannotCreateLock", file, e);
    }
    if (!HELD.add(key)) {
      throw new JournalLockedException(file.toString(), "thisJvm");
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(real, StandardOpenOption.WRITE);
      FileLock lock = tryLock(file, channel);
      if (lock == null) {
        throw new JournalLockedException(file.toString(), "otherProcess");
      }
      return new Held(channel, lock, key);
    } catch (IOException e) {
      closeQuietly(channel, new Held(null, null, key));
      throw JournalIoException.of("cannotLock", file, e, lockFile.toString());
    } catch (RuntimeException e) {
      closeQuietly(channel, new Held(null, null, key));
      throw e;
    }
  }

  private static Path realPath(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    return absolute.getParent().toRealPath().resolve(absolute.getFileName());
  }

  private static FileLock tryLock(Path file, FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Locked here by code other than a journal.
      throw new JournalLockedException(file.toString(), "thisJvm");
    }
  }

  private static void closeQuietly(FileChannel channel, Held held) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      LOG.debug("cannot close a journal: {}", e.toString());
    }
    try {
      if (held.channel() != null) {
        held.channel().close(); // releases the lock with it
      }
    } catch (IOException e) {
      LOG.debug("cannot close a journal's lock file: {}", e.toString());
    } finally {
      HELD.remove(held.key());
    }
  }
}
