package nl.kcc.klantinteracties.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.notificatie.NotificatieApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code notificaties kanalen|failed|requeue} as the operator sees them: the result on stdout, the rest on stderr. */
class NotificatieCommandsIT extends NotificatieApiIT {

    @Autowired
    NotificatieCommands commands;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void kanalenRegistersWhatTheNotificatiesApiDoesNotKnow() {
        RECEIVER.knowsKanaal("partijen");

        assertThat(run("kanalen")).isEqualTo(CommandLine.OK);

        assertThat(out()).isEqualTo("partijen existed\nklantcontacten registered\ninternetaken registered\n");
    }

    @Test
    void kanalenSaysWhatTheNotificatiesApiRefused() {
        RECEIVER.answerAll(403);

        assertThat(run("kanalen")).isEqualTo(CommandLine.FAILED);

        assertThat(out()).isEmpty();
        assertThat(err()).contains("Could not register the kanalen").contains("403");
    }

    @Test
    void failedListsTheMessagesGivenUpAndRequeuePutsThemBackInLine() {
        long first = failed("https://register.example.nl/klantinteracties/api/v1/klantcontacten/" + UUID.randomUUID());
        long second = failed("https://register.example.nl/klantinteracties/api/v1/klantcontacten/" + UUID.randomUUID());

        assertThat(run("failed")).isEqualTo(CommandLine.OK);
        assertThat(out())
                .startsWith("ID ")
                .contains(first + " ")
                .contains("klantcontacten create https://register.example.nl/")
                .contains("HTTP 500 from the receiver")
                .contains(second + " ");

        assertThat(run("requeue", Long.toString(first))).isEqualTo(CommandLine.OK);
        assertThat(err()).contains("Re-queued notification " + first);
        assertThat(run("requeue", Long.toString(first))).isEqualTo(CommandLine.FAILED);
        assertThat(run("requeue", "het-eerste")).isEqualTo(CommandLine.USAGE);
        assertThat(run("requeue", "--all")).isEqualTo(CommandLine.OK);
        assertThat(err()).contains("Re-queued 1 failed notification(s)");

        out.reset();
        assertThat(run("failed")).isEqualTo(CommandLine.OK);
        assertThat(out().lines()).hasSize(1);
    }

    @Test
    void anUnknownSubcommandShowsTheUsage() {
        assertThat(run("verstuur")).isEqualTo(CommandLine.USAGE);
        assertThat(err()).contains("notificaties requeue <id>");
    }

    private int run(String... args) {
        return commands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long failed(String resourceUrl) {
        String payload = """
                {"kanaal": "klantcontacten", "hoofdObject": "%s", "resource": "klantcontact", "resourceUrl": "%s",
                 "actie": "create", "aanmaakdatum": "2025-03-04T10:11:12Z", "kenmerken": {}}""".formatted(resourceUrl, resourceUrl);
        return jdbc.sql("""
                        insert into notificatie_outbox (message_id, destination, kind, object_uuid, payload, status,
                            attempts, created_at, next_attempt_at, failed_at, last_error)
                        values (?, 'notificaties-api', 'notificatie', ?, cast(? as json), 'failed', 6, ?, ?, ?,
                            'HTTP 500 from the receiver')
                        returning id""")
                .params(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        payload,
                        Times.now(Clock.systemUTC()),
                        Times.now(Clock.systemUTC()),
                        Times.now(Clock.systemUTC()))
                .query(Long.class)
                .single();
    }
}
