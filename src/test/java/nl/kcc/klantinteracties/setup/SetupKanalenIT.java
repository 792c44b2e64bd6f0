package nl.kcc.klantinteracties.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.kcc.klantinteracties.notificatie.NotificatieApiIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A setup file that asks for the kanalen registers them at the Notificaties API after the rest is applied; a
 * Notificaties API that refuses does not stop the start.
 */
class SetupKanalenIT extends NotificatieApiIT {

    private static final String KEY = "0f0f0123456789abcdef0123456789abcdef0f0f";

    @Autowired
    Setup setup;

    @TempDir
    Path directory;

    @Test
    void theKanalenTheNotificatiesApiDoesNotKnowAreRegistered() throws Exception {
        RECEIVER.knowsKanaal("partijen");

        Path file = file();
        var report = setup.apply(file, SetupFile.read(file, name -> null)).and(setup.registerKanalen());

        assertThat(report.lines())
                .containsExactly(
                        "token openformulieren-kanalen: made",
                        "kanaal partijen: existed",
                        "kanaal klantcontacten: registered",
                        "kanaal internetaken: registered");
        assertThat(RECEIVER.accepted("/api/v1/kanaal").stream()
                        .filter(request -> request.method().equals("POST")))
                .extracting(request -> request.json().path("naam").asString())
                .containsExactly("klantcontacten", "internetaken");
    }

    @Test
    void aNotificatiesApiThatRefusesIsAWarningAndTheStartGoesOn() throws Exception {
        jdbc.sql("delete from api_token where name = 'openformulieren-kanalen'").update();
        RECEIVER.answerAll(403);
        Path file = file();

        new SetupRunner(new SetupProperties(file), setup).run(null);

        api(KEY).get("/klantcontacten").then().statusCode(200);
        assertThat(setup.apply(file, SetupFile.read(file, name -> null)).lines())
                .containsExactly("token openformulieren-kanalen: unchanged");
        assertThat(setup.registerKanalen().warnings())
                .singleElement()
                .asString()
                .startsWith("notificaties.kanalen: could not register the kanalen")
                .contains("403");
    }

    private Path file() throws Exception {
        Path file = directory.resolve("setup.yaml");
        Files.writeString(file, """
                tokens:
                  - name: openformulieren-kanalen
                    keySha256: %s
                notificaties:
                  kanalen: true
                """.formatted(HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(KEY.getBytes()))));
        return file;
    }
}
