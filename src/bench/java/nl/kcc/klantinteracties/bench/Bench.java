package nl.kcc.klantinteracties.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.database.EmbeddedPostgresServer;

/**
 * The benchmark: seeds PostgreSQL, starts the register from its jar, drives it with Gatling at each concurrency for
 * each scenario, replays the same requests' SQL over JDBC as the floor, and writes the report. See
 * docs/benchmarks.md; run it with {@code ./mvnw -Pbench -DskipTests package}.
 *
 * <p>Options ({@code -Dbench.args="..."}): {@code --scale=default|small}, {@code --growth=true|false} (also run the
 * small scale for the growth ratio), {@code --clients=1,8,32,64}, {@code --duration=30} and {@code --warmup=10}
 * (seconds), {@code --scenarios=S1A,S1B,S2,S3,S4,S5,S6}, {@code --requests=500} (per scenario), {@code --reseed}, {@code --seed-only}, {@code --serve} (keep PostgreSQL up, to look into the data),
 * {@code --import=120} (seconds of the import run; 0 leaves it out), {@code --data=bench-data},
 * {@code --out=target/bench}, {@code --publish=docs/benchmarks}.
 */
public final class Bench {

    private final Map<String, String> options = new LinkedHashMap<>(Map.of(
            "scale", "default",
            "growth", "true",
            "clients", "1,8,32,64",
            "duration", "30",
            "warmup", "10",
            "scenarios", "S1A,S1B,S2,S3,S4,S5,S6",
            "requests", "500",
            "data", "bench-data",
            "out", "target/bench",
            "jar", "target/klantinteracties.jar"));

    private final List<Measurement> measurements = new ArrayList<>();
    private final Map<String, Object> run = new LinkedHashMap<>();
    private boolean outOfMemory;

    public static void main(String[] args) throws Exception {
        var bench = new Bench();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            int equals = arg.indexOf('=');
            bench.options.put(
                    equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                    equals < 0 ? "true" : arg.substring(equals + 1));
        }
        bench.run();
        // Gatling's and the JDBC driver's threads must not keep Maven waiting.
        System.exit(0);
    }

    private void run() throws Exception {
        // Map.of above takes ten settings at most.
        options.putIfAbsent("import", "120");
        Instant start = Instant.now();
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out);
        Path jar = Path.of(options.get("jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -DskipTests package)");
        }
        Scale scale = Scale.named(options.get("scale"));
        var scales = new ArrayList<>(List.of(scale));
        if (Boolean.parseBoolean(options.get("growth")) && scale != Scale.SMALL) {
            scales.add(Scale.SMALL);
        }
        run.put("started", start.toString());
        run.put("machine", machine());
        run.put("options", options.toString());
        run.put("register heap limit", Register.HEAP_LIMIT);
        try (var postgres = postgres(Path.of(options.get("data")))) {
            run.put("postgresql", version(postgres));
            if (options.containsKey("serve")) {
                // For looking into a result by hand: the seeded server stays up until the process is stopped.
                Seeder.log("PostgreSQL serves the seeded data on port %d (user postgres); stop with Ctrl-C", postgres.port());
                Thread.sleep(Long.MAX_VALUE);
            }
            for (Scale s : scales) {
                if (options.containsKey("seed-only")) {
                    prepare(postgres, s);
                } else {
                    measure(postgres, s, jar, out, s == scale);
                }
            }
            if (options.containsKey("seed-only")) {
                Seeder.log("seeded: %s", run);
                return;
            }
        }
        run.put("outOfMemoryError", outOfMemory);
        run.put("took", Duration.between(start, Instant.now()).withNanos(0).toString());
        var report = new Report(measurements, run, scale.name());
        report.write(out);
        Seeder.log("report written to %s", out.resolve("results.md"));
        if (options.containsKey("publish")) {
            Path publish = Path.of(options.get("publish"));
            report.write(publish);
            Seeder.log("report published to %s", publish);
        }
        System.out.println(report.markdown());
    }

    /**
     * PostgreSQL for the benchmark: the same server build the register embeds, in a data directory of its own, with
     * the shared buffers a production server of this size would get. Seeding, the register and the floor all use it.
     */
    private static EmbeddedPostgresServer postgres(Path data) throws SQLException {
        Path directory = data.toAbsolutePath().resolve("postgresql");
        var server = EmbeddedPostgresServer.attach(directory, 0, false);
        try (Connection connection = admin(server); Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("show shared_buffers");
            rs.next();
            if (!rs.getString(1).equals("2GB")) {
                statement.execute("alter system set shared_buffers = '2GB'");
                statement.execute("alter system set max_wal_size = '4GB'");
                server.close();
                server = EmbeddedPostgresServer.attach(directory, 0, false);
            }
        }
        return server;
    }

    private static Connection admin(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
    }

    private static String version(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = admin(server); Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("select version(), current_setting('shared_buffers')");
            rs.next();
            return rs.getString(1).replaceAll(" on .*", "") + ", shared_buffers " + rs.getString(2);
        }
    }

    private void measure(EmbeddedPostgresServer postgres, Scale scale, Path jar, Path out, boolean main)
            throws Exception {
        Seeder.log("scale %s", scale.name());
        prepare(postgres, scale);
        var database = new Database(postgres.port(), scale.runDatabase());
        Path directory = out.resolve(scale.name());
        Files.createDirectories(directory);
        Path requests = directory.resolve("requests");
        int count = Integer.parseInt(options.get("requests"));
        Requests.write(database, requests, count);
        String token = Register.token(jar, database);
        List<Scenario> scenarios = Arrays.stream(options.get("scenarios").split(","))
                .map(String::strip)
                .map(Scenario::valueOf)
                .filter(s -> main || !s.writes())
                // Reads first: the contacts S1 writes would otherwise change what S2 to S6 find after the capture.
                .sorted(Comparator.comparing(Scenario::writes))
                .toList();
        List<Integer> clients = Arrays.stream(options.get("clients").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        Duration duration = Duration.ofSeconds(Long.parseLong(options.get("duration")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup")));

        // 1. The capture run: every request once, with the register writing down its SQL.
        Path statementFile = directory.resolve("statements.jsonl");
        Files.deleteIfExists(statementFile);
        Path log = directory.resolve("register.log");
        Files.deleteIfExists(log);
        try (var register = Register.start(
                jar,
                database,
                freePort(),
                directory.resolve("register-capture.log"),
                List.of(
                        "--klantinteracties.diagnostics.statements=true",
                        "--klantinteracties.diagnostics.statements-file=" + statementFile.toAbsolutePath()))) {
            Capture.send(register.api(), token, requests, scenarios);
        }
        var captured = Capture.read(statementFile);
        Seeder.log("captured the SQL of %d requests", captured.values().stream().mapToInt(List::size).sum());

        // 2. The load runs, on a register without diagnostics, as it runs in production.
        Path gatlingLog = directory.resolve("gatling.log");
        try (var register = Register.start(jar, database, freePort(), log, List.of())) {
            run.put("register pid (" + scale.name() + ")", register.pid());
            for (Scenario scenario : scenarios) {
                Path feeder = Requests.file(requests, scenario);
                Seeder.log("%s %s: warming up", scale.name(), scenario);
                GatlingRun.run(
                        scale.name(), scenario, 8, warmup, register.api(), token, feeder,
                        directory.resolve("gatling-warmup"), gatlingLog);
                register.takePeaks();
                List<Capture.Recorded> recorded = captured.getOrDefault(scenario, List.of());
                double statements = scenario.writes()
                        ? Capture.statementsPerContact(recorded)
                        : recorded.stream().mapToInt(r -> r.statements().size()).average().orElse(0);
                for (int n : clients) {
                    Measurement m = GatlingRun.run(
                            scale.name(), scenario, n, duration, register.api(), token, feeder,
                            directory.resolve("gatling"), gatlingLog);
                    Map<String, Long> peaks = register.takePeaks();
                    m = m.withMemory(peaks.get("heap") / 1048576.0, peaks.get("rss") / 1048576.0)
                            .withStatements(statements);
                    measurements.add(m);
                    Seeder.log(
                            "%s %s %d clients: %.0f/s p50 %.0f p99 %.0f ms, %d errors, heap %.0f MiB",
                            scale.name(), scenario, n, m.throughput(), m.p50(), m.p99(), m.errors(),
                            m.peakHeapMiB());
                    if (main && !scenario.writes()) {
                        Measurement floor = Floor.run(
                                database, scale.name(), scenario, recorded, n, Duration.ofSeconds(3), duration);
                        measurements.add(floor);
                        Seeder.log(
                                "%s %s %d clients, floor: %.0f/s p50 %.1f p99 %.1f ms, %d errors",
                                scale.name(), scenario, n, floor.throughput(), floor.p50(), floor.p99(),
                                floor.errors());
                    }
                }
            }
            run.put("register lifetime peak RSS MiB (" + scale.name() + ")", register.lifetimePeakRss() / 1048576);
        }
        outOfMemory |= Files.readString(log).contains("OutOfMemoryError");
        long importSeconds = Long.parseLong(options.get("import"));
        if (main && importSeconds > 0) {
            importRun(postgres, scale, database, jar, directory, Duration.ofSeconds(importSeconds));
        }
    }

    /**
     * The import run: the seeded register serves as the source, and an empty register imports from it for a fixed
     * time (the whole default scale would take longer than the rest of the benchmark).
     */
    private void importRun(
            EmbeddedPostgresServer postgres, Scale scale, Database source, Path jar, Path directory, Duration time)
            throws Exception {
        String target = "bench_" + scale.name() + "_import";
        try (Connection connection = admin(postgres); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + target + " with (force)");
            statement.execute("create database " + target);
        }
        String token = Register.token(
                jar, source, "klantinteracties:lezen", "contactgegevens:lezen", "klantinteracties:vertrouwelijk");
        try (var register = Register.start(jar, source, freePort(), directory.resolve("register-source.log"), List.of())) {
            Seeder.log("%s import: %d s from a second register serving the seeded data", scale.name(), time.toSeconds());
            var result = ImportRun.run(
                    jar,
                    register.api().replace("/klantinteracties/api/v1", ""),
                    token,
                    new Database(postgres.port(), target),
                    time,
                    directory.resolve("import.log"));
            run.put("import (" + scale.name() + ")", result.toString());
            Seeder.log("%s import: %s", scale.name(), result);
        }
    }

    /** Seeds the scale once into its seed database, and gives every run a fresh copy of it. */
    private void prepare(EmbeddedPostgresServer postgres, Scale scale) throws SQLException {
        boolean reseed = Boolean.parseBoolean(options.getOrDefault("reseed", "false"));
        try (Connection connection = admin(postgres); Statement statement = connection.createStatement()) {
            boolean seeded = false;
            var rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + scale.seedDatabase() + "'");
            if (rs.next() && !reseed) {
                try (Connection seed = DriverManager.getConnection(
                                postgres.jdbcUrl(scale.seedDatabase()), postgres.user(), "");
                        Statement check = seed.createStatement()) {
                    seeded = check.executeQuery("select 1 from pg_tables where tablename = 'bench_seed'")
                            .next();
                }
            }
            if (!seeded) {
                statement.execute("drop database if exists " + scale.seedDatabase() + " with (force)");
                statement.execute("create database " + scale.seedDatabase());
                Duration took = new Seeder(postgres.jdbcUrl(scale.seedDatabase()), postgres.user(), scale).seed();
                run.put("seeding " + scale.name() + " took", took.withNanos(0).toString());
            } else {
                run.put("seeding " + scale.name(), "reused the seed database made before (--reseed to make it again)");
            }
            statement.execute("drop database if exists " + scale.runDatabase() + " with (force)");
            statement.execute("create database " + scale.runDatabase() + " template " + scale.seedDatabase()
                    + " strategy file_copy");
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("");
        } catch (IOException e) {
            // not Linux
        }
        return "%d cores (%s), %d GiB memory, Java %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        cpu,
                        totalMemoryGiB(),
                        System.getProperty("java.version"));
    }

    private static long totalMemoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                            .filter(l -> l.startsWith("MemTotal:"))
                            .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                            .findFirst()
                            .orElse(0)
                    / 1024
                    / 1024;
        } catch (IOException e) {
            return 0;
        }
    }
}
