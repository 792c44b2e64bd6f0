package nl.kcc.klantinteracties.notificatie;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP receiver in the test JVM, standing in for the Notificaties API (its {@code /api/v1/notificaties} and
 * {@code /api/v1/kanaal}) and for CloudEvents subscribers (any other path). It records every request with the status
 * it answered; a test decides what it answers, or stops it to be unreachable and starts it again on the same port.
 */
public final class Receiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One request as received.
     *
     * @param answered the status the receiver answered with
     */
    public record Request(
            String method, String path, String query, Map<String, String> headers, String body, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean accepted() {
            return answered / 100 == 2;
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private final Set<String> kanalen = ConcurrentHashMap.newKeySet();
    private volatile ToIntFunction<Request> answer = request -> 201;
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;
    /** 0 until first started; then the port it keeps across {@link #stop()} and {@link #start()}. */
    private int port;

    private Receiver() {}

    /** Starts a receiver on a free port. */
    public static Receiver onFreePort() {
        var receiver = new Receiver();
        receiver.start();
        return receiver;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on port " + port, e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** Forgets what it received and answers every message with 201 again. */
    public void reset() {
        synchronized (requests) {
            requests.clear();
        }
        kanalen.clear();
        answer = request -> 201;
        delay = Duration.ZERO;
        start();
    }

    /** Decides the status of each request from now on. */
    public void answer(ToIntFunction<Request> status) {
        this.answer = status;
    }

    public void answerAll(int status) {
        answer(request -> status);
    }

    /** Waits this long before answering, like a busy receiver. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Kanalen the Notificaties API knows already. */
    public void knowsKanaal(String naam) {
        kanalen.add(naam);
    }

    public List<Request> received() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> received(String path) {
        return received().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The requests to the path the receiver took, in the order they came. */
    public List<Request> accepted(String path) {
        return received(path).stream().filter(Request::accepted).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = new TreeMap<String, String>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            var request = new Request(exchange.getRequestMethod(), path, query, headers, body, 0);
            int status;
            String response = "";
            if (path.endsWith("/kanaal") && request.method().equals("GET")) {
                status = 200;
                String naam = query == null
                        ? ""
                        : URLDecoder.decode(query.replaceFirst("^naam=", ""), StandardCharsets.UTF_8);
                response = kanalen.contains(naam) ? "[{\"naam\": \"" + naam + "\"}]" : "[]";
            } else {
                status = answer.applyAsInt(request);
                if (path.endsWith("/kanaal") && status / 100 == 2) {
                    kanalen.add(request.json().path("naam").asString());
                }
                response = status / 100 == 2 ? body : "{\"detail\": \"Receiver answers " + status + "\"}";
            }
            sleep();
            synchronized (requests) {
                requests.add(new Request(request.method(), path, query, headers, body, status));
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private void sleep() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
