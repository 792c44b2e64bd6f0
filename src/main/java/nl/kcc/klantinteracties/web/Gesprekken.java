package nl.kcc.klantinteracties.web;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conversations registered in the werkplek (V32): which klantcontacten were the vragen of one conversation, the
 * afdeling each vraag belongs to, and when the conversation began and ended. The register's API has no fields for
 * these; the klantcontacten themselves are the register's.
 */
@Component
public class Gesprekken {

    /**
     * One vraag of a conversation.
     *
     * @param volgnummer the vraag's place in the conversation, from 1
     * @param vragen the klantcontacten of all vragen of the conversation, in order (this one included)
     */
    public record GesprekVraag(
            UUID gesprek,
            int volgnummer,
            @Nullable UUID afdeling,
            OffsetDateTime begonnen,
            OffsetDateTime beeindigd,
            List<UUID> vragen) {}

    private final JdbcClient jdbc;

    Gesprekken(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one vraag, in the transaction that registers its klantcontact. */
    public void legVast(
            UUID klantcontact,
            UUID gesprek,
            int volgnummer,
            @Nullable UUID afdeling,
            OffsetDateTime begonnen,
            OffsetDateTime beeindigd) {
        jdbc.sql("""
                        insert into werkplek_gesprek_vraag
                            (klantcontact_uuid, gesprek_uuid, volgnummer, afdeling_uuid, begonnen, beeindigd)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(klantcontact, gesprek, volgnummer, afdeling, begonnen, beeindigd)
                .update();
    }

    /** The conversation a klantcontact was a vraag of, when it was registered in the werkplek. */
    public Optional<GesprekVraag> van(UUID klantcontact) {
        return jdbc.sql("""
                        select v.gesprek_uuid, v.volgnummer, v.afdeling_uuid, v.begonnen, v.beeindigd,
                            array(select a.klantcontact_uuid from werkplek_gesprek_vraag a
                                  where a.gesprek_uuid = v.gesprek_uuid order by a.volgnummer) as vragen
                        from werkplek_gesprek_vraag v where v.klantcontact_uuid = ?""")
                .param(klantcontact)
                .query((rs, row) -> new GesprekVraag(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class),
                        uuids(rs.getArray(6))))
                .optional();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
