package nl.kcc.klantinteracties.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The day by which a terugbelverzoek is to be done, as the KCC promised the klant (V32). The register's interne taak
 * has no field for it; the werkplek shows it in the inbox and on the task, and says when it has passed.
 */
@Component
public class Termijnen {

    /**
     * A task's last day as shown.
     *
     * @param verstreken the day has passed and the task is still open
     */
    public record Termijn(LocalDate uiterlijk, String dag, boolean verstreken) {}

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAG =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Termijnen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the day, in the transaction that makes the task. */
    public void legVast(UUID taak, LocalDate uiterlijk) {
        jdbc.sql("insert into werkplek_taak_termijn (internetaak_uuid, uiterlijk) values (?, ?)")
                .params(taak, uiterlijk)
                .update();
    }

    /** The days of those of these tasks that have one, in one statement. */
    public Map<UUID, Termijn> van(Collection<UUID> taken) {
        var termijnen = new HashMap<UUID, Termijn>();
        if (taken.isEmpty()) {
            return termijnen;
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(MUNICIPALITY));
        jdbc.sql("""
                        select m.internetaak_uuid, m.uiterlijk, t.status = 'te_verwerken'
                        from werkplek_taak_termijn m join internetaak t on t.uuid = m.internetaak_uuid
                        where m.internetaak_uuid = any(?)""").param(new SqlArrayValue("uuid", taken.toArray())).query((RowCallbackHandler) rs -> {
            LocalDate uiterlijk = rs.getObject(2, LocalDate.class);
            boolean open = rs.getBoolean(3);
            termijnen.put(
                    rs.getObject(1, UUID.class),
                    new Termijn(uiterlijk, DAG.format(uiterlijk), open && uiterlijk.isBefore(vandaag)));
        });
        return termijnen;
    }
}
