package nl.kcc.klantinteracties.notificatie;

import static nl.kcc.klantinteracties.notificatie.Kanaal.Kenmerk.tekst;
import static nl.kcc.klantinteracties.notificatie.Kanaal.Kenmerk.veld;
import static nl.kcc.klantinteracties.notificatie.Kanaal.Kenmerk.vrijeTekst;

import java.util.List;
import java.util.Optional;
import nl.kcc.klantinteracties.notificatie.Kanaal.Vertrouwelijkheid;

/**
 * The kanalen the register publishes on, with the kenmerken Open Klant sends on each, so that subscribers' filters
 * keep working when a municipality switches. Other resources send no notifications, as in Open Klant.
 */
public final class Kanalen {

    public static final Kanaal PARTIJEN = new Kanaal(
            "partijen",
            "partijen",
            "partij",
            List.of(veld("nummer"), vrijeTekst("interneNotitie"), veld("soortPartij")),
            Vertrouwelijkheid.GEHEIMHOUDING);

    public static final Kanaal KLANTCONTACTEN = new Kanaal(
            "klantcontacten",
            "klantcontacten",
            "klantcontact",
            List.of(veld("hoofdOnderwerpType"), veld("indicatieContactGelukt"), veld("verdereActieOndernomen")),
            Vertrouwelijkheid.EIGEN);

    public static final Kanaal INTERNETAKEN = new Kanaal(
            "internetaken",
            "internetaken",
            "internetaak",
            List.of(veld("nummer"), tekst("gevraagdeHandeling"), vrijeTekst("toelichting"), veld("status")),
            Vertrouwelijkheid.AANLEIDINGGEVEND_KLANTCONTACT);

    public static final List<Kanaal> ALL = List.of(PARTIJEN, KLANTCONTACTEN, INTERNETAKEN);

    private Kanalen() {}

    /** The kanaal on which changes of the collection's objects are published, if any. */
    public static Optional<Kanaal> forCollection(String collection) {
        return ALL.stream().filter(k -> k.collection().equals(collection)).findFirst();
    }
}
