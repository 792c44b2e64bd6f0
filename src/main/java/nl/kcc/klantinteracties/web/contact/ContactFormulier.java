package nl.kcc.klantinteracties.web.contact;

import nl.kcc.klantinteracties.web.SubmitOnce;

/**
 * What the medewerker fills in on "Contact registreren". Texts as typed; the register checks them.
 *
 * @param partij the uuid of the known klant, or empty for a caller who is not known
 * @param gelukt "ja" or "nee"
 * @param gespreksresultaat the id of the chosen gespreksresultaat, or empty
 * @param terugbellen "ja" when a terugbelverzoek (interne taak) is to be made
 * @param toewijzenAan the uuid of the afdeling or medewerker the task is for
 * @param zaak the uuid or identificatie of a zaak the contact is about
 */
public record ContactFormulier(
        String kanaal,
        String partij,
        String onderwerp,
        String vraag,
        String antwoord,
        String gelukt,
        String gespreksresultaat,
        String vertrouwelijk,
        String voornaam,
        String voorvoegsel,
        String achternaam,
        String telefoon,
        String email,
        String terugbellen,
        String toewijzenAan,
        String handeling,
        String toelichting,
        String zaak,
        String sleutel) {

    static ContactFormulier nieuw(String kanaal, String partij) {
        return new ContactFormulier(
                kanaal == null || kanaal.isBlank() ? "telefoon" : kanaal,
                partij == null ? "" : partij,
                "",
                "",
                "",
                "ja",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "Terugbellen",
                "",
                "",
                SubmitOnce.newKey());
    }

    static String tekst(String value) {
        return value == null ? "" : value.strip();
    }

    boolean isTerugbellen() {
        return "ja".equals(terugbellen);
    }

    boolean isVertrouwelijk() {
        return "ja".equals(vertrouwelijk);
    }
}
