package nl.kcc.klantinteracties.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import run: a second register serves the seeded data as the source, and the jar's own {@code import} command
 * copies it into an empty database for a fixed time, as an operator would run it. It reports the objects per second
 * and, per page, how long the source took to answer against how long the importing register took to store it; the
 * import writes both for every page on standard error.
 */
final class ImportRun {

    /** The line the import writes for each stored page. */
    private static final Pattern PAGE = Pattern.compile("\\(page \\d+/\\d+; source (\\d+) ms, stored in (\\d+) ms\\)");

    /**
     * @param pages pages stored within the time
     * @param objects objects stored within the time
     * @param seconds from the start of the command until it ended or was stopped
     * @param firstPageSeconds from the start of the command until its first page was stored (start-up included)
     * @param sourceMillis the source's mean time to answer a page
     * @param storeMillis the importing register's mean time to store a page
     */
    record Result(
            int pages, long objects, double seconds, double firstPageSeconds, double sourceMillis, double storeMillis) {

        double objectsPerSecond() {
            return seconds > 0 ? objects / seconds : 0;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d objects in %d pages in %.0f s (the first page after %.0f s): %.0f objects/s; the source"
                            + " answered a page of 100 in %.0f ms on average, the importing register stored one in %.0f"
                            + " ms",
                    objects, pages, seconds, firstPageSeconds, objectsPerSecond(), sourceMillis, storeMillis);
        }
    }

    private ImportRun() {}

    /**
     * Imports from the register at {@code source} into {@code target} (made empty first) for at most {@code time},
     * then stops the import as a kill would.
     */
    static Result run(Path jar, String source, String token, Database target, Duration time, Path log)
            throws IOException, InterruptedException, SQLException {
        var command = List.of(
                Register.javaBinary(), Register.HEAP_LIMIT, "-jar", jar.toString(), "import", "--from", source);
        var builder = new ProcessBuilder(command).redirectOutput(log.resolveSibling("import-report.txt").toFile());
        target.environment(builder.environment());
        builder.environment().put("IMPORT_TOKEN", token);
        long started = System.nanoTime();
        Process process = builder.start();
        var times = new ArrayList<Long>();
        var sourceMillis = new ArrayList<Long>();
        var storeMillis = new ArrayList<Long>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(
                            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                    var copy = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    copy.println(line);
                    Matcher page = PAGE.matcher(line);
                    if (page.find()) {
                        synchronized (times) {
                            times.add(System.nanoTime());
                            sourceMillis.add(Long.parseLong(page.group(1)));
                            storeMillis.add(Long.parseLong(page.group(2)));
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        if (!process.waitFor(time.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        long ended = System.nanoTime();
        reader.join(Duration.ofSeconds(10));
        long objects;
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery(
                    "select coalesce(sum(least(total, pages_done * 100)), 0) from import_resource");
            rs.next();
            objects = rs.getLong(1);
        }
        synchronized (times) {
            double firstPage = times.isEmpty() ? 0 : (times.getFirst() - started) / 1e9;
            return new Result(
                    times.size(),
                    objects,
                    (ended - started) / 1e9,
                    firstPage,
                    mean(sourceMillis),
                    mean(storeMillis));
        }
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
