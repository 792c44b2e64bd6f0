package nl.kcc.klantinteracties.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions each afdeling or groep wants answered with a terugbelverzoek for it (V33), kept by the beheerder on the
 * afdeling's page and asked on the contact form; the answers are written into the task's toelichting.
 */
@Component
public class AfdelingVragen {

    /** A question is a line on a form, not a text. */
    public static final int MAX_LENGTE = 200;

    public record Vraag(int id, String vraag) {}

    private final JdbcClient jdbc;

    AfdelingVragen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Vraag> van(UUID afdeling) {
        return jdbc.sql("select id, vraag from werkplek_afdeling_vraag where afdeling_uuid = ? order by volgorde, id")
                .param(afdeling)
                .query((rs, row) -> new Vraag(rs.getInt(1), rs.getString(2)))
                .list();
    }

    /** The questions of every afdeling that has some, in one statement. */
    public Map<UUID, List<Vraag>> alle() {
        var alle = new LinkedHashMap<UUID, List<Vraag>>();
        jdbc.sql("select afdeling_uuid, id, vraag from werkplek_afdeling_vraag order by afdeling_uuid, volgorde, id")
                .query((RowCallbackHandler)
                        rs -> alle.computeIfAbsent(rs.getObject(1, UUID.class), afdeling -> new ArrayList<>())
                                .add(new Vraag(rs.getInt(2), rs.getString(3))));
        return alle;
    }

    public void voegToe(UUID afdeling, String vraag) {
        jdbc.sql("""
                        insert into werkplek_afdeling_vraag (afdeling_uuid, vraag, volgorde)
                        select ?, ?, coalesce(max(volgorde), 0) + 1 from werkplek_afdeling_vraag where afdeling_uuid = ?""").params(afdeling, vraag, afdeling).update();
    }

    public void verwijder(UUID afdeling, int id) {
        jdbc.sql("delete from werkplek_afdeling_vraag where afdeling_uuid = ? and id = ?")
                .params(afdeling, id)
                .update();
    }

    /**
     * The answers given to these questions, one line each ("Adres van het bouwwerk: Dorpsstraat 1"); unanswered ones
     * are left out.
     */
    public static List<String> antwoorden(List<Vraag> vragen, Map<String, String> gegeven) {
        var regels = new ArrayList<String>();
        for (Vraag vraag : vragen) {
            String antwoord =
                    gegeven.getOrDefault(String.valueOf(vraag.id()), "").strip();
            if (!antwoord.isEmpty()) {
                regels.add(vraag.vraag() + ": " + antwoord);
            }
        }
        return regels;
    }
}
