package nl.kcc.klantinteracties.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * The floor: what PostgreSQL itself does for the same requests. Each client is a thread with its own connection that
 * takes the next recorded request, runs its statements with their recorded arguments in one repeatable-read,
 * read-only transaction (as the register runs a read), reads every column of every row, and commits. No HTTP, no
 * JSON, no pool: the register cannot be faster than this on the same server.
 */
final class Floor {

    private Floor() {}

    static Measurement run(
            Database database, String scale, Scenario scenario, List<Capture.Recorded> requests, int clients,
            Duration warmup, Duration duration)
            throws SQLException, InterruptedException {
        var next = new AtomicInteger();
        var errors = new AtomicLong();
        var latencies = new long[clients][];
        var counts = new int[clients];
        var connections = new ArrayList<Connection>();
        for (int c = 0; c < clients; c++) {
            Connection connection = database.connect();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connections.add(connection);
        }
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long measureEnd = warmupEnd + duration.toNanos();
        var done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().name("floor-" + c).start(() -> {
                long[] own = new long[1 << 16];
                int count = 0;
                Connection connection = connections.get(client);
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= measureEnd) {
                            break;
                        }
                        var request = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
                        boolean replayed = false;
                        try {
                            replay(connection, request);
                            replayed = true;
                        } catch (SQLException | RuntimeException e) {
                            if (errors.incrementAndGet() == 1) {
                                Seeder.log("floor: %s", e);
                            }
                            try {
                                connection.rollback();
                            } catch (SQLException ignored) {
                                // the next request will tell
                            }
                        }
                        long end = System.nanoTime();
                        // A failed request is an error, not a fast answer: it counts in neither rate nor latency.
                        if (replayed && start >= warmupEnd) {
                            if (count == own.length) {
                                own = Arrays.copyOf(own, own.length * 2);
                            }
                            own[count++] = end - start;
                        }
                    }
                } finally {
                    latencies[client] = own;
                    counts[client] = count;
                    done.countDown();
                }
            });
        }
        done.await();
        for (Connection connection : connections) {
            connection.close();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double seconds = duration.toNanos() / 1e9;
        double mean = Arrays.stream(all).average().orElse(0) / 1e6;
        return new Measurement(
                scale,
                scenario.name(),
                "floor",
                clients,
                seconds,
                total,
                errors.get(),
                total / seconds,
                mean,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                requests.stream().mapToInt(r -> r.statements().size()).average().orElse(0),
                0,
                0);
    }

    /** Runs a recorded request's statements in one transaction; throws on any failure. */
    static void replay(Connection connection, Capture.Recorded request) throws SQLException {
        for (Capture.Sql sql : request.statements()) {
            try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
                List<JsonNode> arguments = sql.arguments();
                for (int i = 0; i < arguments.size(); i++) {
                    bind(connection, statement, i + 1, arguments.get(i));
                }
                if (statement.execute()) {
                    try (ResultSet rs = statement.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rs.getString(c);
                            }
                        }
                    }
                }
            }
        }
        connection.commit();
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, JsonNode argument)
            throws SQLException {
        JsonNode value = argument.path("value");
        switch (argument.path("type").asString()) {
            case "null" -> statement.setNull(index, Types.NULL);
            case "uuid" -> statement.setObject(index, UUID.fromString(value.asString()));
            case "string" -> statement.setString(index, value.asString());
            case "boolean" -> statement.setBoolean(index, value.asBoolean());
            case "integer" -> statement.setInt(index, value.asInt());
            case "long" -> statement.setLong(index, value.asLong());
            case "bytes" -> statement.setBytes(index, Base64.getDecoder().decode(value.asString()));
            case "timestamptz" -> statement.setObject(index, OffsetDateTime.parse(value.asString()));
            case "array" -> {
                String type = argument.path("elementType").asString();
                var elements = new ArrayList<Object>();
                for (JsonNode element : value) {
                    elements.add(
                            element.isNull() ? null : type.equals("uuid") ? UUID.fromString(element.asString()) : element.asString());
                }
                Array array = connection.createArrayOf(type, elements.toArray());
                statement.setArray(index, array);
            }
            default -> throw new IllegalStateException("The floor cannot bind an argument of type " + argument);
        }
    }

    private static double percentile(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
