package nl.kcc.klantinteracties.web.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.web.SubmitOnce;
import org.jspecify.annotations.Nullable;

/**
 * What the medewerker fills in on "Contact registreren": one conversation with a klant, in which they may ask several
 * vragen. Each vraag becomes a klantcontact of its own; the klant, the channel and the follow-up are the
 * conversation's. Texts as typed; the register checks them.
 *
 * @param partij the uuid of the known klant, or empty for a caller who is not known
 * @param vragen the vragen in the order they were asked; at least one is shown
 * @param gelukt "ja" or "nee"
 * @param organisatie the organisation an unknown caller speaks for
 * @param telefoonOmschrijving what the number is (mobiel, werk, bereikbaar tot 17 uur)
 * @param telefoon2 a second number to call back on
 * @param terugbellen "ja" when a terugbelverzoek (interne taak) is to be made
 * @param bijVraag the number (from 1) of the vraag the terugbelverzoek is about
 * @param toewijzenAan the afdeling, groep or medewerker the task is for: as chosen from the list ("Vergunningen
 *     (Afdeling)"), or its uuid
 * @param uiterlijk the last day the task is to be done on (yyyy-mm-dd), or empty
 * @param extra the answers to the questions of the afdelingen (by question id); only those of the afdeling the task is
 *     for are used
 * @param begonnen when the medewerker began to register the conversation (ISO 8601, set by the werkplek)
 */
public record ContactFormulier(
        String kanaal,
        String partij,
        @Nullable List<Vraag> vragen,
        String gelukt,
        String vertrouwelijk,
        String voornaam,
        String voorvoegsel,
        String achternaam,
        String organisatie,
        String telefoon,
        String telefoonOmschrijving,
        String telefoon2,
        String telefoon2Omschrijving,
        String email,
        String terugbellen,
        String bijVraag,
        String toewijzenAan,
        String handeling,
        String toelichting,
        String uiterlijk,
        @Nullable Map<String, String> extra,
        String begonnen,
        String sleutel) {

    /** More would not be one conversation any more; the limit also bounds what one save may cost. */
    static final int MAX_VRAGEN = 10;

    /**
     * One vraag of the klant.
     *
     * @param gespreksresultaat the id of the chosen gespreksresultaat, or empty
     * @param afdeling the uuid of the afdeling the vraag belongs to, or empty
     * @param zaak the uuid or identificatie of a zaak the vraag is about
     */
    public record Vraag(
            String onderwerp, String vraag, String antwoord, String gespreksresultaat, String afdeling, String zaak) {

        static Vraag leeg() {
            return new Vraag("", "", "", "", "", "");
        }
    }

    static ContactFormulier nieuw(String kanaal, String partij, String begonnen) {
        return new ContactFormulier(
                kanaal == null || kanaal.isBlank() ? "telefoon" : kanaal,
                partij == null ? "" : partij,
                List.of(Vraag.leeg()),
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
                "",
                "",
                "1",
                "",
                "Terugbellen",
                "",
                "",
                Map.of(),
                begonnen,
                SubmitOnce.newKey());
    }

    static String tekst(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** The vragen as filled in; a form sent without any (or with gaps in the numbering) has its first one empty. */
    List<Vraag> vragenLijst() {
        var lijst = new ArrayList<Vraag>();
        if (vragen != null) {
            for (Vraag vraag : vragen) {
                if (vraag != null && lijst.size() < MAX_VRAGEN) {
                    lijst.add(vraag);
                }
            }
        }
        if (lijst.isEmpty()) {
            lijst.add(Vraag.leeg());
        }
        return List.copyOf(lijst);
    }

    ContactFormulier metVragen(List<Vraag> nieuw) {
        return new ContactFormulier(
                kanaal,
                partij,
                List.copyOf(nieuw),
                gelukt,
                vertrouwelijk,
                voornaam,
                voorvoegsel,
                achternaam,
                organisatie,
                telefoon,
                telefoonOmschrijving,
                telefoon2,
                telefoon2Omschrijving,
                email,
                terugbellen,
                bijVraag,
                toewijzenAan,
                handeling,
                toelichting,
                uiterlijk,
                extra,
                begonnen,
                sleutel);
    }

    /** The index of the vraag the terugbelverzoek hangs under: the chosen one, else the first. */
    public int bijVraagIndex() {
        String nummer = tekst(bijVraag);
        int index = nummer.matches("[0-9]{1,2}") ? Integer.parseInt(nummer) - 1 : 0;
        return index >= 0 && index < vragenLijst().size() ? index : 0;
    }

    /** The answers to the afdelingen's questions, by question id. */
    Map<String, String> antwoorden() {
        return extra == null ? Map.of() : extra;
    }

    /** The answer given to one of the afdelingen' questions, or empty; for the form. */
    public String antwoord(int vraag) {
        return antwoorden().getOrDefault(String.valueOf(vraag), "");
    }

    boolean isTerugbellen() {
        return "ja".equals(terugbellen);
    }

    boolean isVertrouwelijk() {
        return "ja".equals(vertrouwelijk);
    }
}
