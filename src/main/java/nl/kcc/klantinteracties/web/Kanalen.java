package nl.kcc.klantinteracties.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kanalen the werkplek offers when a medewerker registers a contact, kept by the beheerder: a label, an order, and
 * whether it is still offered. A kanaal is taken out of use rather than deleted, as contacts were registered on it.
 */
@Component
public class Kanalen {

    /** A kanaal as the beheerder sees it. */
    public record Kanaal(String waarde, String label, int volgorde, boolean actief) {}

    /** Thrown when a kanaal with that waarde exists already. */
    public static class Bestaat extends RuntimeException {
        Bestaat(String waarde) {
            super("A kanaal " + waarde + " exists already");
        }
    }

    private static final Volgorde VOLGORDE = new Volgorde("werkplek_kanaal", "waarde", "text");

    private final JdbcClient jdbc;

    Kanalen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kanalen offered, in their order: the value stored with a contact, and the label shown. */
    public List<Weergave.Keuze> aangeboden() {
        return jdbc.sql("select waarde, label from werkplek_kanaal where actief order by volgorde, waarde")
                .query((rs, row) -> new Weergave.Keuze(rs.getString("waarde"), rs.getString("label")))
                .list();
    }

    /** The label of every kanaal, offered or not, by its waarde: how lists of contacts name their kanaal. */
    public Map<String, String> labels() {
        var labels = new HashMap<String, String>();
        jdbc.sql("select waarde, label from werkplek_kanaal")
                .query((RowCallbackHandler) rs -> labels.put(rs.getString("waarde"), rs.getString("label")));
        return labels;
    }

    public List<Kanaal> alle() {
        return jdbc.sql("select waarde, label, volgorde, actief from werkplek_kanaal order by volgorde, waarde")
                .query((rs, row) -> new Kanaal(
                        rs.getString("waarde"), rs.getString("label"), rs.getInt("volgorde"), rs.getBoolean("actief")))
                .list();
    }

    /** Adds a kanaal at the end of the list. */
    @Transactional
    public void voegToe(String waarde, String label) {
        try {
            jdbc.sql("insert into werkplek_kanaal (waarde, label, volgorde)"
                            + " select ?, ?, coalesce(max(volgorde), 0) + 1 from werkplek_kanaal")
                    .params(waarde, label)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Bestaat(waarde);
        }
    }

    /** @return whether there is such a kanaal */
    @Transactional
    public boolean wijzig(String waarde, String label, boolean actief) {
        return jdbc.sql("update werkplek_kanaal set label = ?, actief = ? where waarde = ?")
                        .params(label, actief, waarde)
                        .update()
                > 0;
    }

    /** Swaps the kanaal with the one before it (or after it), and numbers the list afresh. */
    @Transactional
    public void verplaats(String waarde, boolean omhoog) {
        VOLGORDE.verplaats(jdbc, waarde, omhoog, String.class);
    }
}
