package nl.kcc.klantinteracties.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gespreksresultaten a medewerker chooses from when registering a contact, kept by the beheerder (a definitie, an
 * order, whether it is still offered), and the one chosen for each contact. One that contacts were registered with is
 * taken out of use rather than deleted.
 */
@Component
public class Gespreksresultaten {

    /** A gespreksresultaat as the beheerder sees it, with the number of contacts registered with it. */
    public record Gespreksresultaat(int id, String definitie, int volgorde, boolean actief, long contacten) {}

    /** Thrown when a gespreksresultaat with that definitie (in any case) exists already. */
    public static class Bestaat extends RuntimeException {
        Bestaat(String definitie) {
            super("A gespreksresultaat " + definitie + " exists already");
        }
    }

    private static final Volgorde VOLGORDE = new Volgorde("werkplek_gespreksresultaat", "id", "integer");

    private final JdbcClient jdbc;

    Gespreksresultaten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The gespreksresultaten offered, in their order. */
    public List<Weergave.Keuze> aangeboden() {
        return jdbc.sql("select id, definitie from werkplek_gespreksresultaat where actief order by volgorde, id")
                .query((rs, row) -> new Weergave.Keuze(String.valueOf(rs.getInt("id")), rs.getString("definitie")))
                .list();
    }

    /** All of them, each with the number of contacts the caller may see that were registered with it. */
    public List<Gespreksresultaat> alle(ApiContext context) {
        return jdbc.sql("""
                        select g.id, g.definitie, g.volgorde, g.actief,
                            (select count(*) from werkplek_klantcontact_gespreksresultaat k
                             where k.gespreksresultaat_id = g.id and %s) as contacten
                        from werkplek_gespreksresultaat g order by g.volgorde, g.id""".formatted(Vertrouwelijkheid.onderKlantcontact("k.klantcontact_uuid", context)))
                .query((rs, row) -> new Gespreksresultaat(
                        rs.getInt("id"),
                        rs.getString("definitie"),
                        rs.getInt("volgorde"),
                        rs.getBoolean("actief"),
                        rs.getLong("contacten")))
                .list();
    }

    /** Adds one at the end of the list. */
    @Transactional
    public void voegToe(String definitie) {
        try {
            jdbc.sql("insert into werkplek_gespreksresultaat (definitie, volgorde)"
                            + " select ?, coalesce(max(volgorde), 0) + 1 from werkplek_gespreksresultaat")
                    .param(definitie)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Bestaat(definitie);
        }
    }

    /** @return whether there is such a gespreksresultaat */
    @Transactional
    public boolean wijzig(int id, String definitie, boolean actief) {
        try {
            return jdbc.sql("update werkplek_gespreksresultaat set definitie = ?, actief = ? where id = ?")
                            .params(definitie, actief, id)
                            .update()
                    > 0;
        } catch (DuplicateKeyException e) {
            throw new Bestaat(definitie);
        }
    }

    /** Swaps it with the one before it (or after it), and numbers the list afresh. */
    @Transactional
    public void verplaats(int id, boolean omhoog) {
        VOLGORDE.verplaats(jdbc, id, omhoog, Integer.class);
    }

    /** The id of an offered gespreksresultaat, if the text names one. */
    public Optional<Integer> aangeboden(String id) {
        if (id == null || !id.strip().matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from werkplek_gespreksresultaat where id = ? and actief")
                .param(Integer.parseInt(id.strip()))
                .query(Integer.class)
                .optional();
    }

    /** Records the gespreksresultaat of a contact, in the transaction that registers it. */
    public void legVast(UUID klantcontact, int id) {
        jdbc.sql("insert into werkplek_klantcontact_gespreksresultaat (klantcontact_uuid, gespreksresultaat_id)"
                        + " values (?, ?)")
                .params(klantcontact, id)
                .update();
    }

    /** The gespreksresultaat a contact was registered with in the werkplek, if any. */
    public Optional<String> van(UUID klantcontact) {
        return jdbc.sql("""
                        select g.definitie from werkplek_klantcontact_gespreksresultaat k
                        join werkplek_gespreksresultaat g on g.id = k.gespreksresultaat_id
                        where k.klantcontact_uuid = ?""").param(klantcontact).query(String.class).optional();
    }
}
