package nl.kcc.klantinteracties.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResponse;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.partij.PartijResponse;
import org.jspecify.annotations.Nullable;

/** How the werkplek shows the register's objects to a person: names, addresses and moments as text. */
public final class Weergave {

    public record Keuze(String waarde, String label) {}

    public record PartijKaart(
            UUID uuid,
            String naam,
            String soort,
            String nummer,
            List<String> identificatoren,
            List<String> bezoekadres,
            List<String> correspondentieadres,
            String voorkeurstaal,
            boolean actief,
            boolean geheim) {}

    public record DigitaalAdresRegel(UUID uuid, String soort, String adres, String omschrijving, boolean voorkeur) {}

    public record KlantcontactKaart(
            UUID uuid,
            String nummer,
            String referentienummer,
            String moment,
            String kanaal,
            String onderwerp,
            String inhoud,
            String reactie,
            String gelukt,
            boolean vertrouwelijk) {}

    public record BetrokkeneRegel(UUID uuid, @Nullable UUID partij, String naam, String rol, boolean initiator) {}

    public record Taak(
            UUID uuid,
            String nummer,
            @Nullable String gevraagdeHandeling,
            String toelichting,
            String status,
            String toegewezenAan,
            String toegewezenOp,
            String afgehandeldOp,
            @Nullable UUID klantcontact,
            @Nullable UUID opgepaktDoor,
            String opgepaktDoorNaam) {}

    private Weergave() {}

    public static PartijKaart partij(PartijResponse partij) {
        var identificatoren = partij.partijIdentificatoren().stream()
                .map(i -> soortIdentificator(i.partijIdentificator().codeSoortObjectId()) + " "
                        + i.partijIdentificator().objectId())
                .toList();
        return new PartijKaart(
                partij.uuid(),
                naam(partij),
                switch (partij.soortPartij()) {
                    case "persoon" -> "Persoon";
                    case "organisatie" -> "Organisatie";
                    case "contactpersoon" -> "Contactpersoon";
                    default -> partij.soortPartij();
                },
                tekst(partij.nummer()),
                identificatoren,
                adres(partij.bezoekadres()),
                adres(partij.correspondentieadres()),
                taal(partij.voorkeurstaal()),
                partij.indicatieActief(),
                Boolean.TRUE.equals(partij.indicatieGeheimhouding()));
    }

    public static String naam(PartijResponse partij) {
        String naam = switch (partij.partijIdentificatie()) {
            case PartijResponse.Persoon persoon -> persoon.volledigeNaam();
            case PartijResponse.Organisatie organisatie -> organisatie.naam();
            case PartijResponse.Contactpersoon persoon -> persoon.volledigeNaam();
            case null, default -> "";
        };
        return naam == null || naam.isBlank() ? "Partij " + partij.nummer() : naam;
    }

    public static DigitaalAdresRegel digitaalAdres(DigitaalAdresResponse adres, @Nullable UUID voorkeur) {
        return new DigitaalAdresRegel(
                adres.uuid(),
                soortDigitaalAdres(adres.soortDigitaalAdres()),
                adres.adres(),
                adres.omschrijving(),
                adres.uuid().equals(voorkeur));
    }

    /** @param kanalen the kanalen's labels by waarde, as the beheerder keeps them ({@link Kanalen#labels()}) */
    public static KlantcontactKaart klantcontact(KlantcontactResponse k, Map<String, String> kanalen) {
        return new KlantcontactKaart(
                k.uuid(),
                tekst(k.nummer()),
                tekst(k.referentienummer()),
                Werkplek.moment(k.plaatsgevondenOp()),
                kanaal(k.kanaal(), kanalen),
                k.onderwerp(),
                k.inhoud(),
                k.reactie(),
                k.indicatieContactGelukt() == null ? "Onbekend" : k.indicatieContactGelukt() ? "Ja" : "Nee",
                k.vertrouwelijk());
    }

    public static BetrokkeneRegel betrokkene(BetrokkeneResponse b) {
        String persoon = b.volledigeNaam() == null ? "" : b.volledigeNaam().strip();
        String organisatie =
                b.organisatienaam() == null ? "" : b.organisatienaam().strip();
        String naam = persoon.isEmpty() || organisatie.isEmpty()
                ? persoon + organisatie
                : persoon + ", namens " + organisatie;
        return new BetrokkeneRegel(
                b.uuid(),
                b.wasPartij() == null ? null : b.wasPartij().uuid(),
                naam,
                "vertegenwoordiger".equals(b.rol()) ? "Vertegenwoordiger" : "Klant",
                b.initiator());
    }

    /** The objects a read with {@code expand} included under this name; none when it included none. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> expanded(Representation shown, String name) {
        Map<String, Object> expand = shown.expand();
        Object found = expand == null ? null : expand.get(name);
        return found == null ? List.of() : (List<T>) found;
    }

    /**
     * The klantcontact a task came from. Every task has one, and a caller who may not see that klantcontact does not
     * see the task either, so the reference is never hidden from someone shown the task.
     */
    public static UUID aanleiding(InterneTaakResponse taak) {
        return Objects.requireNonNull(taak.aanleidinggevendKlantcontact(), "a task without its klantcontact")
                .uuid();
    }

    /** A task, with the names of the actors it is assigned to. */
    public static Taak taak(InterneTaakResponse t, Map<UUID, ActorResponse> actoren) {
        String toegewezenAan = String.join(
                ", ",
                t.toegewezenAanActoren().stream()
                        .map(r -> actoren.containsKey(r.uuid())
                                ? actoren.get(r.uuid()).naam()
                                : "onbekende actor")
                        .toList());
        UUID opgepakt = opgepaktDoor(t, actoren);
        ActorResponse oppakker = opgepakt == null ? null : actoren.get(opgepakt);
        return new Taak(
                t.uuid(),
                tekst(t.nummer()),
                t.gevraagdeHandeling(),
                t.toelichting(),
                "verwerkt".equals(t.status()) ? "Verwerkt" : "Te verwerken",
                toegewezenAan,
                Werkplek.moment(t.toegewezenOp()),
                Werkplek.moment(t.afgehandeldOp()),
                t.aanleidinggevendKlantcontact() == null ? null : aanleiding(t),
                opgepakt,
                oppakker == null ? "" : oppakker.naam());
    }

    /**
     * The medewerker who took a task of their afdeling upon themselves ("ik pak hem op"): a medewerker assigned beside
     * an organisatorische eenheid. A task made for one medewerker alone is theirs, not taken up.
     */
    public static @Nullable UUID opgepaktDoor(InterneTaakResponse t, Map<UUID, ActorResponse> actoren) {
        var toegewezen = t.toegewezenAanActoren().stream()
                .map(r -> actoren.get(r.uuid()))
                .filter(a -> a != null)
                .toList();
        boolean afdeling = toegewezen.stream().anyMatch(a -> a.soortActor().equals("organisatorische_eenheid"));
        return afdeling
                ? toegewezen.stream()
                        .filter(a -> a.soortActor().equals("medewerker"))
                        .map(ActorResponse::uuid)
                        .findFirst()
                        .orElse(null)
                : null;
    }

    /** A kanaal by its label; one the werkplek never offered, as clients commonly write it, or as it is. */
    public static String kanaal(String kanaal, Map<String, String> labels) {
        if (kanaal == null) {
            return "";
        }
        String label = labels.get(kanaal);
        return label != null
                ? label
                : ANDERE_KANALEN.getOrDefault(kanaal.strip().toLowerCase(Locale.ROOT), kanaal);
    }

    /** Kanalen that API clients write in their own words (Open Formulieren, KISS, mail readers). */
    private static final Map<String, String> ANDERE_KANALEN = Map.of(
            "email", "E-mail",
            "post", "Post",
            "formulier", "Formulier",
            "webformulier", "Webformulier",
            "app", "App",
            "sms", "Sms",
            "social media", "Sociale media",
            "fysiek", "Balie");

    /** The languages a klant may prefer, by the ISO 639-2 code the standard stores; an unknown code as it is. */
    private static final Map<String, String> TALEN = Map.ofEntries(
            Map.entry("nld", "Nederlands"),
            Map.entry("dut", "Nederlands"),
            Map.entry("eng", "Engels"),
            Map.entry("deu", "Duits"),
            Map.entry("ger", "Duits"),
            Map.entry("fra", "Frans"),
            Map.entry("fre", "Frans"),
            Map.entry("fry", "Fries"),
            Map.entry("spa", "Spaans"),
            Map.entry("pol", "Pools"),
            Map.entry("tur", "Turks"),
            Map.entry("ara", "Arabisch"),
            Map.entry("ber", "Berbers"),
            Map.entry("pap", "Papiaments"),
            Map.entry("srn", "Sranantongo"),
            Map.entry("ukr", "Oekraïens"),
            Map.entry("rus", "Russisch"),
            Map.entry("por", "Portugees"),
            Map.entry("ita", "Italiaans"),
            Map.entry("bul", "Bulgaars"),
            Map.entry("ron", "Roemeens"),
            Map.entry("rum", "Roemeens"),
            Map.entry("tir", "Tigrinya"),
            Map.entry("som", "Somalisch"),
            Map.entry("fas", "Perzisch"),
            Map.entry("per", "Perzisch"),
            Map.entry("zho", "Chinees"),
            Map.entry("chi", "Chinees"),
            Map.entry("sgn", "Gebarentaal"));

    /**
     * The number of an object in another register as a medewerker reads it. A zaak that a client linked by its uuid
     * (as KISS links one) has no number the register knows: a uuid says nothing to the medewerker.
     */
    public static String objectnummer(@Nullable String objectId) {
        if (objectId == null || objectId.isBlank()) {
            return "(zonder nummer)";
        }
        return Texts.parseUuid(objectId.strip()) != null ? "(nummer niet bekend in het register)" : objectId.strip();
    }

    public static String taal(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return TALEN.getOrDefault(code.strip().toLowerCase(Locale.ROOT), code);
    }

    public static String soortDigitaalAdres(String soort) {
        return switch (soort) {
            case "email" -> "E-mail";
            case "telefoonnummer" -> "Telefoon";
            default -> "Overig";
        };
    }

    public static String soortIdentificator(@Nullable String soort) {
        if (soort == null) {
            return "";
        }
        return switch (soort) {
            case "bsn" -> "BSN";
            case "kvk_nummer" -> "KvK-nummer";
            case "vestigingsnummer" -> "Vestigingsnummer";
            case "rsin" -> "RSIN";
            default -> soort;
        };
    }

    /** The lines of an address as it is written on an envelope; none when it was never given. */
    public static List<String> adres(Adres adres) {
        if (adres == null) {
            return List.of();
        }
        var regels = new ArrayList<String>();
        if (!tekst(adres.straatnaam()).isBlank()) {
            regels.add((tekst(adres.straatnaam()) + " " + (adres.huisnummer() == null ? "" : adres.huisnummer()) + " "
                            + tekst(adres.huisnummertoevoeging()))
                    .strip());
            regels.add((tekst(adres.postcode()) + "  " + tekst(adres.stad())).strip());
        }
        Stream.of(adres.adresregel1(), adres.adresregel2(), adres.adresregel3())
                .filter(regel -> regel != null && !regel.isBlank())
                .forEach(regels::add);
        if (!regels.isEmpty() && !tekst(adres.land()).isBlank() && !adres.land().equals("NL")) {
            regels.add(adres.land());
        }
        return regels;
    }

    private static String tekst(@Nullable String value) {
        return value == null ? "" : value;
    }

    public static String wachttijd(OffsetDateTime sinds) {
        return Werkplek.since(sinds, OffsetDateTime.now());
    }
}
