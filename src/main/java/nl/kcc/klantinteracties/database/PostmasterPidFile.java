package nl.kcc.klantinteracties.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} file PostgreSQL keeps in its data directory while it runs: its first line is the
 * process id, its fourth the port.
 */
record PostmasterPidFile(long pid, int port) {

    static Optional<PostmasterPidFile> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostmasterPidFile(
                    Long.parseLong(lines.get(0).trim()),
                    Integer.parseInt(lines.get(3).trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
