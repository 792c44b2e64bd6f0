package nl.kcc.klantinteracties.notificatie;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.internetaak.TaakSoort;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The confirmation a klant gets of a contactverzoek: when an interne taak is made for a klantcontact, a CloudEvent of
 * type {@value #TYPE} for the services that send mail or SMS, with the referentienummer the klant can quote, what will
 * happen next in a sentence, and where to send it: the e-mail address or telephone number the klant prefers.
 *
 * <p>It names a person and their address, so it goes only to the subscribers configured for confirmations, never to
 * the ones that hear of every change. It holds nothing of what was said (no onderwerp, vraag or toelichting), so it is
 * sent for a confidential klantcontact too.
 */
final class Bevestigingen {

    static final String TYPE = CloudEventBuilder.TYPE_PREFIX + "contactverzoek.bevestiging";
    private static final String INTERNETAKEN = "internetaken";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The klant a confirmation goes to, and the contact it is about. */
    private record Ontvanger(
            String referentienummer,
            String kanaal,
            String taal,
            String naam,
            String soortDigitaalAdres,
            String adres) {}

    record Actor(String naam, String soortActor) {}

    private final JdbcClient jdbc;
    private final String source;
    private final Supplier<UUID> ids;

    Bevestigingen(JdbcClient jdbc, String source, Supplier<UUID> ids) {
        this.jdbc = jdbc;
        this.source = source;
        this.ids = ids;
    }

    /** The confirmation of a new interne taak, when its klantcontact has a klant to send it to. */
    Optional<CloudEventBuilder.Event> build(ChangedObject change) {
        if (!change.collection().equals(INTERNETAKEN) || change.action() != Change.Action.CREATE) {
            return Optional.empty();
        }
        JsonNode taak = change.current();
        UUID klantcontact = NotificatieBuilder.uuid(
                taak.path("aanleidinggevendKlantcontact").path("uuid"));
        if (klantcontact == null) {
            return Optional.empty();
        }
        return ontvanger(klantcontact).map(ontvanger -> {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("internetaak", taak.path("url").asString(""));
            data.put(
                    "klantcontact",
                    taak.path("aanleidinggevendKlantcontact").path("url").asString(""));
            // A klantcontact a client made without a number has nothing for the klant to quote.
            if (!ontvanger.referentienummer().isEmpty()) {
                data.put("referentienummer", ontvanger.referentienummer());
            }
            data.put("taal", ontvanger.taal());
            data.put("naam", ontvanger.naam());
            ObjectNode adres = data.putObject("digitaalAdres");
            adres.put("soortDigitaalAdres", ontvanger.soortDigitaalAdres());
            adres.put("adres", ontvanger.adres());
            data.put(
                    "vervolg",
                    vervolg(
                            TaakSoort.van(taak.path("gevraagdeHandeling").asString(""), ontvanger.kanaal()),
                            ontvanger.kanaal(),
                            actoren(change.uuid())));
            UUID id = ids.get();
            return new CloudEventBuilder.Event(
                    id,
                    change.uuid(),
                    CloudEventBuilder.envelope(source, id, TYPE, change.uuid().toString(), change, data));
        });
    }

    /**
     * What happens next, as the klant reads it: who will do what. An afdeling or groep is named; a medewerker is not,
     * since the klant may be helped by a colleague.
     */
    static String vervolg(TaakSoort soort, String kanaal, List<Actor> actoren) {
        String wie = actoren.stream()
                .filter(a -> a.soortActor().equals("organisatorische_eenheid")
                        && !a.naam().isBlank())
                .findFirst()
                .map(a -> "Een medewerker van " + a.naam().strip())
                .orElse("Een medewerker van de gemeente");
        return switch (soort) {
            case TERUGBELLEN -> wie + " belt u terug.";
            case BEANTWOORDEN -> wie + " beantwoordt uw vraag per " + TaakSoort.antwoordKanaal(kanaal) + ".";
            case ZAAK -> wie + " neemt uw vraag in behandeling.";
            case ROUTEREN, OVERIG -> wie + " neemt contact met u op.";
        };
    }

    /**
     * The klant of the klantcontact and the address to reach them at, in one statement: the betrokkene with rol klant
     * (the initiator first), and of the addresses they or their partij gave, the partij's voorkeur, then what they
     * gave in this contact, then a standaard adres, e-mail before telephone.
     */
    private Optional<Ontvanger> ontvanger(UUID klantcontact) {
        return jdbc.sql("""
                        select coalesce(nullif(k.referentienummer, ''), k.nummer, '') as referentienummer,
                               k.kanaal, coalesce(nullif(p.voorkeurstaal, ''), k.taal) as taal,
                               concat_ws(' ', nullif(b.contactnaam_voornaam, ''),
                                         nullif(b.contactnaam_voorvoegsel_achternaam, ''),
                                         nullif(b.contactnaam_achternaam, '')) as betrokkene_naam,
                               p.partij_identificatie, a.soort_digitaal_adres, a.adres
                        from klantcontact k
                        join betrokkene b on b.klantcontact_uuid = k.uuid
                        left join partij p on p.uuid = b.partij_uuid
                        join lateral (
                            select d.soort_digitaal_adres, d.adres from digitaal_adres d
                            where d.soort_digitaal_adres in ('email', 'telefoonnummer')
                              and (d.betrokkene_uuid = b.uuid or d.partij_uuid = b.partij_uuid)
                            order by coalesce(d.uuid = p.voorkeurs_digitaal_adres_uuid, false) desc,
                                     coalesce(d.betrokkene_uuid = b.uuid, false) desc,
                                     d.is_standaard_adres desc,
                                     d.soort_digitaal_adres = 'email' desc,
                                     d.uuid
                            limit 1) a on true
                        where k.uuid = ?
                        order by b.rol = 'klant' desc, b.initiator desc, b.uuid
                        limit 1""")
                .param(klantcontact)
                .query((rs, row) -> new Ontvanger(
                        rs.getString("referentienummer"),
                        rs.getString("kanaal"),
                        rs.getString("taal"),
                        naam(rs.getString("betrokkene_naam"), rs.getString("partij_identificatie")),
                        rs.getString("soort_digitaal_adres"),
                        rs.getString("adres")))
                .optional();
    }

    private List<Actor> actoren(UUID internetaak) {
        return jdbc.sql("""
                        select a.naam, a.soort_actor from internetaak_actor ia
                        join actor a on a.uuid = ia.actor_uuid
                        where ia.internetaak_uuid = ?
                        order by ia.volgorde""")
                .param(internetaak)
                .query((rs, row) -> new Actor(rs.getString("naam"), rs.getString("soort_actor")))
                .list();
    }

    /** How the klant is addressed: as they named themselves in the contact, else as their partij is named. */
    private static String naam(String betrokkene, @Nullable String partijIdentificatie) {
        if (!betrokkene.isBlank() || partijIdentificatie == null) {
            return betrokkene.strip();
        }
        JsonNode identificatie = JSON.readTree(partijIdentificatie);
        String organisatie = identificatie.path("naam").asString("");
        if (!organisatie.isBlank()) {
            return organisatie.strip();
        }
        JsonNode contactnaam = identificatie.path("contactnaam");
        return String.join(
                        " ",
                        contactnaam.path("voornaam").asString(""),
                        contactnaam.path("voorvoegselAchternaam").asString(""),
                        contactnaam.path("achternaam").asString(""))
                .strip()
                .replaceAll("\\s+", " ");
    }
}
