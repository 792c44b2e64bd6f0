import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The image's health check: healthy while the register answers its readiness probe. A class of its own, so that the
 * image needs neither a shell nor curl.
 */
public final class HealthCheck {

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("SERVER_PORT", "8000");
        try {
            var connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")
                    .toURL()
                    .openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(5_000);
            System.exit(connection.getResponseCode() == 200 ? 0 : 1);
        } catch (IOException e) {
            System.exit(1);
        }
    }
}
