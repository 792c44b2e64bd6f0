package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ZgwTokenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void isAnHs256TokenNamingTheClient() {
        String token = ZgwToken.create("klantinteracties", "geheim", Instant.ofEpochSecond(1_735_689_600));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(JSON.readTree(decode(parts[0]))).isEqualTo(JSON.readTree("""
                {"alg": "HS256", "typ": "JWT"}"""));
        assertThat(JSON.readTree(decode(parts[1]))).isEqualTo(JSON.readTree("""
                {"iss": "klantinteracties", "iat": 1735689600, "client_id": "klantinteracties",
                 "user_id": "klantinteracties", "user_representation": "Klantinteracties register"}"""));
        assertThat(Base64.getUrlDecoder().decode(parts[2]))
                .isEqualTo(ZgwToken.hmacSha256("geheim", parts[0] + "." + parts[1]));
        assertThat(token).doesNotContain("=");
    }

    @Test
    void theSignatureDependsOnTheSecret() {
        Instant now = Instant.now();
        assertThat(ZgwToken.create("a", "geheim", now)).isNotEqualTo(ZgwToken.create("a", "anders", now));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
