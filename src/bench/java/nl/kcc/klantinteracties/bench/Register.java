package nl.kcc.klantinteracties.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The register under test, started from its jar in a process of its own, as an operator starts it, on the benchmark's
 * PostgreSQL. While it runs, a sampler reads its heap use (from its Prometheus endpoint) and its resident memory
 * (from /proc) twice a second, so that every measurement can report the peaks during it.
 */
final class Register implements AutoCloseable {

    static final String HEAP_LIMIT = "-Xmx512m";

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private Register(Process process, int port) {
        this.process = process;
        this.port = port;
        sampler = Thread.ofPlatform().daemon().name("register-memory").start(this::sample);
    }

    /**
     * Starts the register and waits until it is ready.
     *
     * @param extra further settings, e.g. the statement diagnostics of the capture run
     */
    static Register start(Path jar, Database database, int port, Path log, List<String> extra)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(javaBinary(), HEAP_LIMIT, "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(extra);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        database.environment(builder.environment());
        Process process = builder.start();
        var register = new Register(process, port);
        try {
            register.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            // A register that never became ready must not keep its port and connections for the next run.
            register.close();
            throw e;
        }
        return register;
    }

    /** Makes a token for the benchmark with the jar's own command (default scopes unless given), and returns its key. */
    static String token(Path jar, Database database, String... scopes) throws IOException, InterruptedException {
        var command = new ArrayList<>(
                List.of(javaBinary(), "-jar", jar.toString(), "tokens", "create", "bench-" + System.nanoTime()));
        for (String scope : scopes) {
            command.addAll(List.of("--scope", scope));
        }
        var builder = new ProcessBuilder(command);
        database.environment(builder.environment());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String key = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || key.isEmpty() || key.contains("\n")) {
            throw new IllegalStateException("tokens create failed: " + key);
        }
        return key;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String api() {
        return "http://127.0.0.1:" + port + "/klantinteracties/api/v1";
    }

    long pid() {
        return process.pid();
    }

    /** The highest heap use and resident memory seen since the last call, in bytes. */
    Map<String, Long> takePeaks() {
        sampleOnce();
        return Map.of("heap", peakHeap.getAndSet(0), "rss", peakRss.getAndSet(0));
    }

    /** The highest resident memory of the process over its whole life, in bytes. */
    long lifetimePeakRss() {
        return procStatus("VmHWM:");
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The register stopped while starting; see its log");
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The register did not become ready within 3 minutes");
    }

    private void sample() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long heap = 0;
            for (String line : response.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            long sampled = heap;
            peakHeap.accumulateAndGet(sampled, Math::max);
        } catch (IOException | RuntimeException e) {
            // A missed sample is not worth failing a run for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakRss.accumulateAndGet(procStatus("VmRSS:"), Math::max);
    }

    private long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, or not on Linux
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
