package nl.kcc.klantinteracties.web.geschiedenis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.audit.AuditTrail;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResponse;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.internetaak.TaakSoort;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.web.Kanalen;
import nl.kcc.klantinteracties.web.Weergave;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail as a person reads it, for Geschiedenis and for the beheerder's audit search alike: each change as a
 * sentence ("Taak 2600004 doorgestuurd naar Vergunningen") with the fields it changed under the werkplek's Dutch
 * labels, values in words, moments in the municipality's time, and names where the register stores uuids. The names
 * are looked up once per kind of object for the whole page, by the resources themselves, so that what the reader may
 * not see is not named either; the snapshots come already pruned of hidden references (ADR 0017).
 */
@Component
public class Wijzigingen {

    /**
     * A change as shown: when, what happened, by whom, the facts of the move and the fields changed, and where the
     * history of its object is read (null where the werkplek has none).
     */
    public record Wijziging(
            String moment,
            String wat,
            String door,
            List<Gegeven> gegevens,
            List<Veld> velden,
            @Nullable String geschiedenis) {

        Wijziging(String moment, String wat, String door, List<Gegeven> gegevens, List<Veld> velden) {
            this(moment, wat, door, gegevens, velden, null);
        }

        Wijziging of(AuditTrail.Found found) {
            return found.entry().bron().equals("klantinteracties")
                    ? new Wijziging(
                            moment,
                            wat,
                            door,
                            gegevens,
                            velden,
                            "/werkplek/geschiedenis/" + found.resource() + "/" + found.object())
                    : this;
        }
    }

    /** A fact of a move or of a new object: "Gevraagde handeling: Terugbellen". */
    public record Gegeven(String naam, String waarde) {}

    /** A changed field: "Taal: Engels → Nederlands". */
    public record Veld(String naam, String was, String wordt) {}

    static final String LEEG = "(leeg)";
    private static final String KLANTCONTACTEN = "klantcontacten";
    private static final String INTERNETAKEN = "internetaken";

    private static final int LONGEST_VALUE = 300;
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Fields that say nothing to a reader: the identity of the object, and the single form of a list shown too. */
    private static final Set<String> LEFT_OUT = Set.of("uuid", "url", "_expand", "toegewezenAanActor");

    /** Objects whose fields are shown as the object's own, without the name of the group. */
    private static final Set<String> TRANSPARENT = Set.of("partijIdentificatie", "actorIdentificatie");

    /** The werkplek's words for the fields, per collection where a word means something else elsewhere. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("klantcontacten.nummer", "Nummer"),
            Map.entry("klantcontacten.inhoud", "Vraag"),
            Map.entry("klantcontacten.reactie", "Antwoord"),
            Map.entry("partijen.nummer", "Klantnummer"),
            Map.entry("partijen.betrokkenen", "Betrokken bij contacten"),
            Map.entry("betrokkenen.digitaleAdressen", "Opgegeven contactgegevens"),
            Map.entry("referentienummer", "Referentienummer"),
            Map.entry("nummer", "Nummer"),
            Map.entry("kanaal", "Kanaal"),
            Map.entry("onderwerp", "Onderwerp"),
            Map.entry("indicatieContactGelukt", "Contact gelukt"),
            Map.entry("hoofdOnderwerpType", "Soort onderwerp"),
            Map.entry("verdereActieOndernomen", "Verdere actie ondernomen"),
            Map.entry("taal", "Taal"),
            Map.entry("vertrouwelijk", "Vertrouwelijk"),
            Map.entry("plaatsgevondenOp", "Plaatsgevonden"),
            Map.entry("hadBetrokkenActoren", "Medewerkers"),
            Map.entry("hadBetrokkenen", "Betrokkenen"),
            Map.entry("gingOverOnderwerpobjecten", "Ging over"),
            Map.entry("omvatteBijlagen", "Bijlagen"),
            Map.entry("leiddeTotInterneTaken", "Taken"),
            Map.entry("metadata", "Extra gegevens"),
            Map.entry("gevraagdeHandeling", "Gevraagde handeling"),
            Map.entry("aanleidinggevendKlantcontact", "Klantcontact"),
            Map.entry("toegewezenAanActoren", "Voor afdeling of medewerker"),
            Map.entry("toelichting", "Toelichting"),
            Map.entry("status", "Status"),
            Map.entry("toegewezenOp", "Toegewezen op"),
            Map.entry("afgehandeldOp", "Afgehandeld op"),
            Map.entry("interneNotitie", "Interne notitie"),
            Map.entry("categorieRelaties", "Categorieën"),
            Map.entry("digitaleAdressen", "Digitale adressen"),
            Map.entry("voorkeursDigitaalAdres", "Voorkeursadres"),
            Map.entry("vertegenwoordigden", "Vertegenwoordigt"),
            Map.entry("rekeningnummers", "Rekeningnummers"),
            Map.entry("voorkeursRekeningnummer", "Voorkeursrekeningnummer"),
            Map.entry("partijIdentificatoren", "Identificatie"),
            Map.entry("soortPartij", "Soort"),
            Map.entry("indicatieGeheimhouding", "Geheimhouding"),
            Map.entry("voorkeurstaal", "Voorkeurstaal"),
            Map.entry("indicatieActief", "Actief"),
            Map.entry("bezoekadres", "Bezoekadres"),
            Map.entry("correspondentieadres", "Correspondentieadres"),
            Map.entry("contactnaam", "Naam"),
            Map.entry("volledigeNaam", "Volledige naam"),
            Map.entry("voorletters", "voorletters"),
            Map.entry("voornaam", "voornaam"),
            Map.entry("voorvoegselAchternaam", "tussenvoegsel"),
            Map.entry("achternaam", "achternaam"),
            Map.entry("naam", "Naam"),
            Map.entry("soortActor", "Soort"),
            Map.entry("actoridentificator", "Identificatie"),
            Map.entry("functie", "Functie"),
            Map.entry("emailadres", "E-mailadres"),
            Map.entry("telefoonnummer", "Telefoonnummer"),
            Map.entry("wasPartij", "Klant"),
            Map.entry("hadKlantcontact", "Klantcontact"),
            Map.entry("rol", "Rol"),
            Map.entry("organisatienaam", "Organisatie"),
            Map.entry("initiator", "Nam contact op"),
            Map.entry("verstrektDoorBetrokkene", "Opgegeven bij contact door"),
            Map.entry("verstrektDoorPartij", "Van klant"),
            Map.entry("adres", "Adres"),
            Map.entry("soortDigitaalAdres", "Soort"),
            Map.entry("isStandaardAdres", "Standaardadres"),
            Map.entry("omschrijving", "Omschrijving"),
            Map.entry("referentie", "Referentie"),
            Map.entry("verificatieDatum", "Geverifieerd op"),
            Map.entry("klantcontact", "Klantcontact"),
            Map.entry("wasKlantcontact", "Over eerder contact"),
            Map.entry("onderwerpobjectidentificator", "Onderwerp"),
            Map.entry("codeObjecttype", "soort"),
            Map.entry("codeRegister", "register"),
            Map.entry("codeSoortObjectId", "soort nummer"),
            Map.entry("objectId", "nummer"),
            Map.entry("straatnaam", "straat"),
            Map.entry("huisnummer", "huisnummer"),
            Map.entry("huisnummertoevoeging", "toevoeging"),
            Map.entry("postcode", "postcode"),
            Map.entry("stad", "plaats"),
            Map.entry("land", "land"),
            Map.entry("adresregel1", "adresregel 1"),
            Map.entry("adresregel2", "adresregel 2"),
            Map.entry("adresregel3", "adresregel 3"),
            Map.entry("nummeraanduidingId", "nummeraanduiding"));

    /** How an object of a collection is named in a sentence, from what the resource shows of it. */
    private static final Map<String, Function<Representation, String>> NAMES = Map.of(
            "actoren",
            r -> ((ActorResponse) r).naam(),
            "partijen",
            r -> Weergave.naam((PartijResponse) r),
            KLANTCONTACTEN,
            r -> klantcontactNaam((KlantcontactResponse) r),
            INTERNETAKEN,
            r -> taakNaam((InterneTaakResponse) r),
            "betrokkenen",
            r -> {
                String naam = Weergave.betrokkene((BetrokkeneResponse) r).naam();
                return naam.isEmpty() ? "een betrokkene zonder naam" : naam;
            },
            "digitaleadressen",
            r -> ((DigitaalAdresResponse) r).adres());

    private final ObjectProvider<ApiResource<?, ?>> resources;
    private final Kanalen kanalen;
    private volatile @Nullable Map<String, ApiResource<?, ?>> byCollection;

    Wijzigingen(ObjectProvider<ApiResource<?, ?>> resources, Kanalen kanalen) {
        this.resources = resources;
        this.kanalen = kanalen;
    }

    /**
     * The changes of a page of the trail, newest first, as the reader reads them.
     *
     * @param klantcontact in a klantcontact's own history, its uuid: the other klantcontacten in it are follow-ups
     */
    public List<Wijziging> lees(List<AuditTrail.Found> entries, @Nullable UUID klantcontact, ApiContext context) {
        var snapshots = new ArrayList<JsonNode>();
        for (AuditTrail.Found found : entries) {
            snapshots.add(found.entry().wijzigingen().oud());
            snapshots.add(found.entry().wijzigingen().nieuw());
        }
        Names names = names(snapshots, context);
        Map<String, List<AuditTrail.Found>> byRequest = new HashMap<>();
        entries.forEach(found -> byRequest
                .computeIfAbsent(found.entry().requestId(), id -> new ArrayList<>())
                .add(found));

        Set<AuditTrail.Found> told = new HashSet<>();
        var wijzigingen = new ArrayList<Wijziging>();
        for (AuditTrail.Found found : entries) {
            if (told.contains(found)) {
                continue;
            }
            // Every entry is in the group of its own request.
            List<AuditTrail.Found> request =
                    Objects.requireNonNull(byRequest.get(found.entry().requestId()));
            Wijziging taakMove = found.resource().equals(INTERNETAKEN) ? taakMove(found, request, told, names) : null;
            if (taakMove != null) {
                wijzigingen.add(taakMove.of(found));
            } else if (found.resource().equals(KLANTCONTACTEN)
                    && found.entry().actie().equals("create")
                    && klantcontact != null
                    && !found.object().equals(klantcontact)) {
                wijzigingen.add(vervolgcontact(found, names).of(found));
            } else {
                wijzigingen.add(gewoon(found, names).of(found));
            }
        }
        return wijzigingen;
    }

    /** An ordinary change: the object made, changed or removed, with its fields. */
    private Wijziging gewoon(AuditTrail.Found found, Names names) {
        var entry = found.entry();
        String onderwerp = subject(found);
        JsonNode link = entry.actie().equals("create")
                ? entry.wijzigingen().nieuw()
                : entry.wijzigingen().oud();
        if (found.resource().equals("actorklantcontacten") && !changes(found) && link != null) {
            return new Wijziging(
                    moment(entry.aanmaakdatum()),
                    capitalise(waarde("actor", link.get("actor"), names))
                            + (entry.actie().equals("create") ? " gekoppeld aan " : " losgekoppeld van ")
                            + waarde("klantcontact", link.get("klantcontact"), names),
                    door(entry),
                    List.of(),
                    List.of());
        }
        return switch (entry.actie()) {
            case "create" ->
                new Wijziging(
                        moment(entry.aanmaakdatum()),
                        onderwerp + " aangemaakt",
                        door(entry),
                        gegevens(found.resource(), entry.wijzigingen().nieuw(), names),
                        List.of());
            case "destroy" ->
                new Wijziging(
                        moment(entry.aanmaakdatum()), onderwerp + " verwijderd", door(entry), List.of(), List.of());
            default ->
                new Wijziging(
                        moment(entry.aanmaakdatum()),
                        onderwerp + " gewijzigd",
                        door(entry),
                        List.of(),
                        velden(found.resource(), entry.wijzigingen(), names));
        };
    }

    /**
     * A task's own move, read from what changed together in one request: closed while another task was made is
     * forwarded (or sent back to the KCC, by the gevraagde handeling it left), closed while a contact about it was
     * registered is handled with that answer, a medewerker added beside the afdeling is taken up. Null for a change
     * that is none of these.
     */
    private @Nullable Wijziging taakMove(
            AuditTrail.Found found, List<AuditTrail.Found> request, Set<AuditTrail.Found> told, Names names) {
        var entry = found.entry();
        JsonNode oud = entry.wijzigingen().oud();
        JsonNode nieuw = entry.wijzigingen().nieuw();
        String taak = subject(found);
        String moment = moment(entry.aanmaakdatum());
        if (entry.actie().equals("create")) {
            if (nieuw == null) {
                return null;
            }
            boolean doorgestuurd = request.stream().anyMatch(other -> closes(other) && other != found);
            if (doorgestuurd) {
                return null;
            }
            return new Wijziging(
                    moment,
                    taak + " aangemaakt voor "
                            + waarde("toegewezenAanActoren", nieuw.get("toegewezenAanActoren"), names),
                    door(entry),
                    gegevens(found, nieuw, List.of("gevraagdeHandeling", "toelichting"), names),
                    List.of());
        }
        if (closes(found)) {
            var nieuweTaak = request.stream()
                    .filter(other -> other.resource().equals(INTERNETAKEN)
                            && other.entry().actie().equals("create"))
                    .findFirst();
            if (nieuweTaak.isPresent()) {
                told.add(nieuweTaak.get());
                JsonNode naar = Objects.requireNonNull(
                        nieuweTaak.get().entry().wijzigingen().nieuw(), "a create has an after");
                boolean terug = TaakSoort.OPNIEUW_ROUTEREN.equals(text(naar.get("gevraagdeHandeling")));
                return new Wijziging(
                        moment,
                        taak
                                + (terug ? " teruggestuurd naar " : " doorgestuurd naar ")
                                + waarde("toegewezenAanActoren", naar.get("toegewezenAanActoren"), names),
                        door(entry),
                        gegevens(nieuweTaak.get(), naar, List.of("gevraagdeHandeling", "toelichting"), names),
                        List.of());
            }
            var vervolg = request.stream()
                    .filter(other -> other.resource().equals(KLANTCONTACTEN)
                            && other.entry().actie().equals("create"))
                    .findFirst();
            if (vervolg.isPresent()) {
                told.add(vervolg.get());
                JsonNode contact = vervolg.get().entry().wijzigingen().nieuw();
                var gegevens = new ArrayList<Gegeven>();
                gegevens.add(new Gegeven("Vervolgcontact", subject(vervolg.get())));
                gegevens.addAll(gegevens(
                        vervolg.get(),
                        contact,
                        List.of("kanaal", "indicatieContactGelukt", "inhoud", "reactie"),
                        names));
                return new Wijziging(moment, taak + " afgehandeld", door(entry), gegevens, List.of());
            }
            return new Wijziging(
                    moment,
                    taak + " afgehandeld",
                    door(entry),
                    List.of(),
                    velden(found.resource(), entry.wijzigingen(), names));
        }
        if (changes(found) && oud != null && nieuw != null) {
            List<Veld> velden = velden(found.resource(), entry.wijzigingen(), names);
            if (velden.size() == 1 && velden.getFirst().naam().equals(label(INTERNETAKEN, "toegewezenAanActoren"))) {
                Set<UUID> voor = references(oud.get("toegewezenAanActoren"));
                Set<UUID> na = references(nieuw.get("toegewezenAanActoren"));
                var erbij = new LinkedHashSet<>(na);
                erbij.removeAll(voor);
                if (!erbij.isEmpty() && na.containsAll(voor)) {
                    return new Wijziging(
                            moment,
                            taak + " opgepakt door " + names.of("actoren", erbij),
                            door(entry),
                            List.of(),
                            List.of());
                }
                if (erbij.isEmpty() && voor.containsAll(na)) {
                    var eraf = new LinkedHashSet<>(voor);
                    eraf.removeAll(na);
                    return new Wijziging(
                            moment,
                            taak + " vrijgegeven door " + names.of("actoren", eraf),
                            door(entry),
                            List.of(),
                            List.of());
                }
            }
        }
        return null;
    }

    /** A contact registered about the klantcontact whose history this is: a call-back, an answer. */
    private Wijziging vervolgcontact(AuditTrail.Found found, Names names) {
        var entry = found.entry();
        var gegevens = gegevens(
                found,
                entry.wijzigingen().nieuw(),
                List.of("kanaal", "onderwerp", "indicatieContactGelukt", "inhoud", "reactie"),
                names);
        return new Wijziging(
                moment(entry.aanmaakdatum()),
                "Vervolgcontact " + subjectName(found) + " geregistreerd",
                door(entry),
                gegevens,
                List.of());
    }

    /** A PUT or a PATCH. */
    private static boolean changes(AuditTrail.Found found) {
        return found.entry().actie().equals("update") || found.entry().actie().equals("partial_update");
    }

    private static boolean closes(AuditTrail.Found found) {
        if (!found.resource().equals(INTERNETAKEN) || !changes(found)) {
            return false;
        }
        JsonNode oud = found.entry().wijzigingen().oud();
        JsonNode nieuw = found.entry().wijzigingen().nieuw();
        return oud != null
                && nieuw != null
                && !"verwerkt".equals(text(oud.get("status")))
                && "verwerkt".equals(text(nieuw.get("status")));
    }

    /** The named fields of a move's object or a follow-up contact, those that have a value. */
    private List<Gegeven> gegevens(
            AuditTrail.Found found, @Nullable JsonNode object, List<String> fields, Names names) {
        var gegevens = new ArrayList<Gegeven>();
        for (String field : fields) {
            JsonNode value = object == null ? null : object.get(field);
            if (!empty(value)) {
                // A follow-up contact's inhoud is what was said in it, not a question of the klant.
                String label = found.resource().equals(KLANTCONTACTEN) && field.equals("inhoud")
                        ? "Wat is besproken"
                        : label(found.resource(), field);
                gegevens.add(new Gegeven(label, waarde(field, value, names)));
            }
        }
        return gegevens;
    }

    /** Every field of a new object that has a value. */
    private List<Gegeven> gegevens(String collection, @Nullable JsonNode object, Names names) {
        var gegevens = new ArrayList<Gegeven>();
        flatten(collection, object).forEach((path, leaf) -> {
            if (!empty(leaf.value()) && !(leaf.value().isArray() && leaf.value().isEmpty())) {
                gegevens.add(new Gegeven(leaf.label(), waarde(leaf.field(), leaf.value(), names)));
            }
        });
        return gegevens;
    }

    /** The fields whose value differs before and after. */
    private List<Veld> velden(String collection, AuditTrail.Wijzigingen wijzigingen, Names names) {
        Map<String, Leaf> voor = flatten(collection, wijzigingen.oud());
        Map<String, Leaf> na = flatten(collection, wijzigingen.nieuw());
        var paths = new LinkedHashSet<String>(voor.keySet());
        paths.addAll(na.keySet());
        var velden = new ArrayList<Veld>();
        for (String path : paths) {
            Leaf was = voor.get(path);
            Leaf wordt = na.get(path);
            JsonNode oud = was == null ? null : was.value();
            JsonNode nieuw = wordt == null ? null : wordt.value();
            if (empty(oud) && empty(nieuw) || Objects.equals(oud, nieuw)) {
                continue;
            }
            // The path is on one side at least.
            Leaf leaf = Objects.requireNonNull(wordt == null ? was : wordt);
            velden.add(new Veld(leaf.label(), waarde(leaf.field(), oud, names), waarde(leaf.field(), nieuw, names)));
        }
        return velden;
    }

    /** A value the reader sees under its label: a scalar, a list, or a reference. */
    private record Leaf(
            String label, String field, @Nullable JsonNode value) {}

    /** The object's values by their path; groups of fields (an address, a name) are opened up. */
    private static Map<String, Leaf> flatten(@Nullable String collection, @Nullable JsonNode object) {
        var leaves = new LinkedHashMap<String, Leaf>();
        if (object != null && object.isObject()) {
            for (String field : object.propertyNames()) {
                if (!LEFT_OUT.contains(field)) {
                    flatten(field, label(collection, field), field, object.get(field), leaves);
                }
            }
        }
        return leaves;
    }

    private static void flatten(
            String path, String label, String field, @Nullable JsonNode value, Map<String, Leaf> leaves) {
        if (value != null && value.isObject() && !isReference(value)) {
            for (String child : value.propertyNames()) {
                if (LEFT_OUT.contains(child)) {
                    continue;
                }
                String childLabel = label(null, child);
                String nested = TRANSPARENT.contains(field)
                        ? capitalise(childLabel)
                        : label + ": " + childLabel.toLowerCase(NL);
                flatten(path + "." + child, nested, child, value.get(child), leaves);
            }
            return;
        }
        leaves.put(path, new Leaf(label, field, value));
    }

    /** A value in words. */
    private static String waarde(String field, @Nullable JsonNode value, Names names) {
        if (empty(value)) {
            return LEEG;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "Ja" : "Nee";
        }
        if (value.isNumber()) {
            return value.asString();
        }
        if (value.isArray()) {
            var items = new ArrayList<String>();
            for (JsonNode item : value) {
                items.add(item.isObject() ? element(item, names) : waarde(field, item, names));
            }
            return items.isEmpty() ? "(geen)" : shorten(String.join(", ", items));
        }
        if (value.isObject()) {
            return element(value, names);
        }
        return shorten(words(field, value.asString(), names));
    }

    /** An object in a list: a reference by its name, an identificator by its number, anything else by its values. */
    private static String element(JsonNode item, Names names) {
        if (item.get("partijIdentificator") instanceof JsonNode groep && groep.isObject()) {
            return Weergave.soortIdentificator(text(groep.get("codeSoortObjectId"))) + " "
                    + text(groep.get("objectId"));
        }
        if (!empty(item.get("categorieNaam"))) {
            return text(item.get("categorieNaam"));
        }
        if (isReference(item)) {
            // A reference is recognised by the collection in its url.
            String collection = Objects.requireNonNull(Urls.collectionOf(text(item.get("url"))));
            UUID uuid = Texts.parseUuid(text(item.get("uuid")));
            return names.of(collection, uuid == null ? Set.of() : Set.of(uuid));
        }
        var values = new ArrayList<String>();
        flatten(null, item).forEach((path, leaf) -> {
            if (!empty(leaf.value())) {
                values.add(waarde(leaf.field(), leaf.value(), names));
            }
        });
        return String.join(" ", values);
    }

    /** A code or moment in the words the werkplek uses for it; anything else as it was written. */
    private static String words(String field, String text, Names names) {
        return switch (field == null ? "" : field) {
            case "kanaal" -> Weergave.kanaal(text, names.kanalen());
            case "taal", "voorkeurstaal" -> Weergave.taal(text);
            case "status" ->
                switch (text) {
                    case "te_verwerken" -> "Te verwerken";
                    case "verwerkt" -> "Verwerkt";
                    default -> text;
                };
            case "soortActor" ->
                switch (text) {
                    case "medewerker" -> "Medewerker";
                    case "organisatorische_eenheid" -> "Afdeling of groep";
                    case "geautomatiseerde_actor" -> "Geautomatiseerde actor";
                    default -> text;
                };
            case "soortPartij" ->
                switch (text) {
                    case "persoon" -> "Persoon";
                    case "organisatie" -> "Organisatie";
                    case "contactpersoon" -> "Contactpersoon";
                    default -> text;
                };
            case "soortDigitaalAdres" -> Weergave.soortDigitaalAdres(text);
            case "rol" -> "vertegenwoordiger".equals(text) ? "Vertegenwoordiger" : "Klant";
            case "codeSoortObjectId" -> Weergave.soortIdentificator(text);
            default -> moment(text);
        };
    }

    /** A moment or a day the register writes in ISO form, in the municipality's time; other text as it is. */
    private static String moment(String text) {
        try {
            if (DATE_TIME.matcher(text).matches()) {
                return moment(OffsetDateTime.parse(text));
            }
            if (DATE.matcher(text).matches()) {
                return DAG.format(LocalDate.parse(text));
            }
        } catch (DateTimeParseException e) {
            // Text that only looks like a moment is shown as it was written.
        }
        return text;
    }

    static String moment(OffsetDateTime moment) {
        return moment == null ? "" : MOMENT.format(moment.atZoneSameInstant(MUNICIPALITY));
    }

    /** Who made the change: the medewerker's name in the werkplek, or the application's. */
    private static String door(AuditTrail.Entry entry) {
        if (!entry.gebruiker().isBlank()) {
            return entry.gebruiker() + " (" + entry.applicatie() + ")";
        }
        return entry.applicatie().equals("register") ? "het register zelf" : "applicatie " + entry.applicatie();
    }

    /** The object a change is about, as the subject of its sentence, named from its own snapshot. */
    private static String subject(AuditTrail.Found found) {
        String noun = switch (found.resource()) {
            case KLANTCONTACTEN -> "Klantcontact";
            case INTERNETAKEN -> "Taak";
            case "actoren" -> "Actor";
            case "partijen" -> "Partij";
            case "betrokkenen" -> "Betrokkene";
            case "digitaleadressen" -> "Digitaal adres";
            case "onderwerpobjecten" -> "Onderwerp";
            case "bijlagen" -> "Bijlage";
            case "categorieen" -> "Categorie";
            case "categorie-relaties" -> "Categorie van een partij";
            case "vertegenwoordigingen" -> "Vertegenwoordiging";
            case "rekeningnummers" -> "Rekeningnummer";
            case "partij-identificatoren" -> "Identificatie";
            case "actorklantcontacten" -> "Medewerker bij een contact";
            case "personen" -> "Persoon";
            case "organisaties" -> "Organisatie";
            default -> capitalise(found.resource());
        };
        String naam = subjectName(found);
        return naam.isEmpty() ? noun : noun + " " + naam;
    }

    private static String subjectName(AuditTrail.Found found) {
        JsonNode object = found.entry().wijzigingen().nieuw() != null
                ? found.entry().wijzigingen().nieuw()
                : found.entry().wijzigingen().oud();
        if (object == null) {
            return "";
        }
        String naam = switch (found.resource()) {
            case KLANTCONTACTEN -> {
                String nummer = !text(object.get("nummer")).isEmpty()
                        ? text(object.get("nummer"))
                        : text(object.get("referentienummer"));
                String onderwerp = text(object.get("onderwerp"));
                yield (nummer.isEmpty() ? "" : nummer + " ") + (onderwerp.isEmpty() ? "" : "(" + onderwerp + ")");
            }
            case INTERNETAKEN ->
                !text(object.get("nummer")).isEmpty()
                        ? text(object.get("nummer"))
                        : "(" + text(object.get("gevraagdeHandeling")) + ")";
            case "actoren", "categorieen" -> text(object.get("naam"));
            case "partijen" -> {
                JsonNode identificatie = object.get("partijIdentificatie");
                String persoon = identificatie == null
                        ? ""
                        : !text(identificatie.get("volledigeNaam")).isEmpty()
                                ? text(identificatie.get("volledigeNaam"))
                                : text(identificatie.get("naam"));
                yield persoon.isEmpty() ? text(object.get("nummer")) : persoon;
            }
            case "betrokkenen" ->
                !text(object.get("volledigeNaam")).isEmpty()
                        ? text(object.get("volledigeNaam"))
                        : text(object.get("organisatienaam"));
            case "digitaleadressen" -> text(object.get("adres"));
            case "rekeningnummers" -> text(object.get("iban"));
            default -> "";
        };
        return naam.strip();
    }

    /** A task by its nummer, or by what it asks when it has none (a task made with its contact in one request). */
    private static String taakNaam(InterneTaakResponse taak) {
        return taak.nummer() == null || taak.nummer().isBlank()
                ? "taak (" + taak.gevraagdeHandeling() + ")"
                : "taak " + taak.nummer();
    }

    private static String klantcontactNaam(KlantcontactResponse klantcontact) {
        String nummer = klantcontact.nummer() == null || klantcontact.nummer().isBlank()
                ? klantcontact.referentienummer()
                : klantcontact.nummer();
        return nummer == null || nummer.isBlank()
                ? "klantcontact over " + klantcontact.onderwerp()
                : "klantcontact " + nummer;
    }

    private static String label(@Nullable String collection, String field) {
        String label = collection == null ? null : LABELS.get(collection + "." + field);
        if (label == null) {
            label = LABELS.get(field);
        }
        return label != null ? label : humanise(field);
    }

    /** A field the werkplek has no word for, as words: "indicatieOnbekend" becomes "Indicatie onbekend". */
    private static String humanise(String field) {
        return capitalise(field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(NL));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(NL) + text.substring(1);
    }

    @Contract("null -> true")
    private static boolean empty(@Nullable JsonNode value) {
        return value == null
                || value.isNull()
                || value.isMissingNode()
                || (value.isString() && value.asString().isBlank());
    }

    private static String text(@Nullable JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? "" : value.asString();
    }

    private static String shorten(String text) {
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
    }

    private static boolean isReference(JsonNode node) {
        return node.isObject()
                && node.get("uuid") != null
                && node.get("url") != null
                && Urls.collectionOf(text(node.get("url"))) != null;
    }

    private static Set<UUID> references(@Nullable JsonNode list) {
        var uuids = new LinkedHashSet<UUID>();
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                UUID uuid = Texts.parseUuid(text(item.get("uuid")));
                if (uuid != null) {
                    uuids.add(uuid);
                }
            }
        }
        return uuids;
    }

    /** The names of the objects the snapshots refer to, by collection and uuid. */
    private record Names(
            Map<String, Map<UUID, String>> byCollection, Map<String, String> nouns, Map<String, String> kanalen) {

        String of(String collection, Set<UUID> uuids) {
            Map<UUID, String> known = byCollection.getOrDefault(collection, Map.of());
            String noun = nouns.getOrDefault(collection, "object");
            var named = new ArrayList<String>();
            for (UUID uuid : uuids) {
                named.add(known.containsKey(uuid) ? known.get(uuid) : noun + " (verwijderd)");
            }
            return named.isEmpty() ? LEEG : String.join(", ", named);
        }
    }

    /** One look-up per kind of object for every reference in the snapshots. */
    private Names names(Collection<JsonNode> snapshots, ApiContext context) {
        var wanted = new LinkedHashMap<String, Set<UUID>>();
        for (JsonNode snapshot : snapshots) {
            if (snapshot != null) {
                for (JsonNode child : snapshot) {
                    collect(child, wanted);
                }
            }
        }
        var byCollection = new HashMap<String, Map<UUID, String>>();
        var nouns = new HashMap<String, String>();
        resources()
                .forEach((collection, resource) ->
                        nouns.put(collection, resource.description().noun()));
        wanted.forEach((collection, uuids) -> {
            ApiResource<?, ?> resource = resources().get(collection);
            Function<Representation, String> name = NAMES.get(collection);
            if (resource == null || name == null) {
                return;
            }
            var named = new HashMap<UUID, String>();
            resource.showAll(uuids, ExpandTree.NONE, context)
                    .forEach((uuid, shown) -> named.put(uuid, name.apply((Representation) shown)));
            byCollection.put(collection, named);
        });
        return new Names(byCollection, nouns, kanalen.labels());
    }

    private static void collect(JsonNode node, Map<String, Set<UUID>> wanted) {
        if (node == null) {
            return;
        }
        if (isReference(node)) {
            UUID uuid = Texts.parseUuid(text(node.get("uuid")));
            if (uuid != null) {
                wanted.computeIfAbsent(Urls.collectionOf(text(node.get("url"))), c -> new LinkedHashSet<>())
                        .add(uuid);
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, wanted);
            }
        }
    }

    private Map<String, ApiResource<?, ?>> resources() {
        var map = byCollection;
        if (map == null) {
            map = new HashMap<>();
            for (ApiResource<?, ?> resource : resources.orderedStream().toList()) {
                if (resource.description().apiPath().equals(ApiPaths.KLANTINTERACTIES)) {
                    map.put(resource.collection(), resource);
                }
            }
            byCollection = map;
        }
        return map;
    }
}
