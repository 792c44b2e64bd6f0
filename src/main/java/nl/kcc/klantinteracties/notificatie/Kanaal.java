package nl.kcc.klantinteracties.notificatie;

import java.util.List;

/**
 * A kanaal of the Notificaties API on which the register publishes the changes of one resource.
 *
 * @param naam the kanaal's name, also its name at the Notificaties API
 * @param collection the resource's collection in the register's API, as a {@code Change} names it
 * @param resource the name of one object in the message ({@code resource})
 * @param kenmerken what the message carries about the object, so subscribers can filter on it; also the kanaal's
 *     filters when it is registered
 * @param vertrouwelijkheid where the register learns whether the object belongs to a confidential klantcontact
 */
public record Kanaal(
        String naam, String collection, String resource, List<Kenmerk> kenmerken, Vertrouwelijkheid vertrouwelijkheid) {

    /**
     * One kenmerk: a field of the object as the API shows it.
     *
     * @param naam the field, and the kenmerk's name
     * @param vrijeTekst whether it is free text that may hold personal data, sent only when the settings allow it
     * @param tekst whether it is text a person wrote, never sent for a confidential object (ADR 0017); free text is
     *     always such text
     */
    public record Kenmerk(String naam, boolean vrijeTekst, boolean tekst) {

        /** A code, number or flag: sent for every object, as Open Klant sends it. */
        static Kenmerk veld(String naam) {
            return new Kenmerk(naam, false, false);
        }

        /** Text sent as Open Klant sends it, except for a confidential object. */
        static Kenmerk tekst(String naam) {
            return new Kenmerk(naam, false, true);
        }

        /** Text sent only when the settings allow free text, and never for a confidential object. */
        static Kenmerk vrijeTekst(String naam) {
            return new Kenmerk(naam, true, true);
        }
    }

    /** Where the confidentiality that holds back free-text kenmerken comes from. */
    public enum Vertrouwelijkheid {
        /** The object is a partij: its {@code indicatieGeheimhouding}. */
        GEHEIMHOUDING,
        /** The object is a klantcontact: its own {@code vertrouwelijk}. */
        EIGEN,
        /** The object is an interne taak: the {@code vertrouwelijk} of its {@code aanleidinggevendKlantcontact}. */
        AANLEIDINGGEVEND_KLANTCONTACT
    }

    public Kanaal {
        kenmerken = List.copyOf(kenmerken);
    }

    /** The names of the kenmerken, which are also the filters subscribers can use. */
    public List<String> filters() {
        return kenmerken.stream().map(Kenmerk::naam).toList();
    }
}
