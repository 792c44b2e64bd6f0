package nl.kcc.klantinteracties.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that the register starts itself when no external database is configured.
 *
 * <p>The data directory outlives the process: a stopped or crashed register finds its data again. A crash of the JVM
 * leaves the postmaster running (it is a separate process); the next start stops that orphan before starting its own.
 * When another live process holds the data directory (a running register, seen from the CLI), {@link #attach} connects
 * to that server instead of starting a second one.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** The lock file zonky holds for as long as its JVM owns the data directory. */
    private static final String OWNER_LOCK = "epg-lock";

    /** Null when attached to a server another process owns. */
    private final @Nullable EmbeddedPostgres postgres;

    private final int port;

    private EmbeddedPostgresServer(@Nullable EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts a server on a throw-away data directory, removed when the JVM exits (tests). */
    public static EmbeddedPostgresServer startEphemeral() {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(postgres, postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * Starts a server on a persistent data directory, or connects to the one another process is running on it.
     *
     * @param allowAttach whether a server owned by another live process may be used; the CLI may, a second register
     *     instance may not (two registers on one embedded server would stop it under each other).
     */
    public static EmbeddedPostgresServer attach(Path dataDirectory, int port, boolean allowAttach) {
        try {
            Files.createDirectories(dataDirectory);
            if (ownedByAnotherProcess(dataDirectory)) {
                var runningPort = PostmasterPidFile.read(dataDirectory)
                        .filter(PostmasterPidFile::isAlive)
                        .map(PostmasterPidFile::port)
                        .orElseThrow(() -> new IllegalStateException("The data directory " + dataDirectory
                                + " is locked by another process, but no PostgreSQL server is running on it"));
                if (!allowAttach) {
                    throw new IllegalStateException("Another register is already running on the data directory "
                            + dataDirectory.toAbsolutePath() + " (PostgreSQL on port " + runningPort + ")");
                }
                log.info(
                        "Using the PostgreSQL server on port {} that another process runs on {}",
                        runningPort,
                        dataDirectory);
                return new EmbeddedPostgresServer(null, runningPort);
            }
            stopOrphan(dataDirectory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // A register keeps what it confirmed: commits are flushed before they are acknowledged.
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(postgres, postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL", e);
            }
        }
    }

    private static boolean ownedByAnotherProcess(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            // Not initialised yet, so nobody runs on it (and initdb wants the directory empty).
            return false;
        }
        var lockFile = dataDirectory.resolve(OWNER_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }

    /** A postmaster left behind by a JVM that died without stopping it; nobody else can be using it. */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
        if (pidFile.isEmpty() || !pidFile.get().isAlive()) {
            return;
        }
        long pid = pidFile.get().pid();
        log.warn("Stopping PostgreSQL process {} left running on {} by a previous run", pid, dataDirectory);
        // SIGINT is PostgreSQL's "fast" shutdown: it rolls back open transactions and checkpoints.
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(pid)))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            var process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                process.get().onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL process " + pid, e);
        } catch (Exception e) {
            throw new IOException("Could not stop PostgreSQL process " + pid, e);
        }
    }
}
