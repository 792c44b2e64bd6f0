package nl.kcc.klantinteracties.web.contact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import nl.kcc.klantinteracties.web.kvk.KvkApi;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the partijen a caller may be, by what the caller can tell: BSN, KvK-nummer, name, postcode with huisnummer,
 * telephone number or e-mail address. It finds only their uuids; the partijen themselves are shown through their
 * resource, which leaves out what the medewerker may not see.
 */
@Component
class PartijZoeker {

    static final int MAXIMUM = 25;

    private static final Pattern POSTCODE_HUISNUMMER =
            Pattern.compile("^([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*(?:nr\\.?\\s*)?([0-9]{1,5})\\s*([A-Za-z0-9 -]*)$");

    /** What the medewerker searches by, with the label the form shows and a hint about the form of the term. */
    enum ZoekOp {
        BSN("BSN", "9 cijfers"),
        KVK("KvK-nummer", "8 cijfers"),
        VESTIGINGSNUMMER("Vestigingsnummer", "12 cijfers"),
        NAAM("Naam", "minstens 2 letters"),
        NAAM_GEBOORTEDATUM("Achternaam en geboortedatum (BRP)", "bijvoorbeeld Jansen 17-03-1980"),
        POSTCODE("Postcode en huisnummer", "bijvoorbeeld 1234 AB 12"),
        TELEFOON("Telefoonnummer", "bijvoorbeeld 0612345678"),
        EMAIL("E-mailadres", "bijvoorbeeld naam@example.nl");

        final String label;
        final String hint;

        ZoekOp(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        public String getLabel() {
            return label;
        }

        public String getHint() {
            return hint;
        }

        public String getWaarde() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ZoekOp parse(String waarde) {
            for (ZoekOp op : values()) {
                if (op.getWaarde().equals(waarde)) {
                    return op;
                }
            }
            return BSN;
        }
    }

    /** A search term that does not fit what is searched by; the reason is for the medewerker. */
    static final class OngeldigeZoekterm extends RuntimeException {
        OngeldigeZoekterm(String reason) {
            super(reason, null, false, false);
        }
    }

    private final JdbcClient jdbc;

    PartijZoeker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The uuids of at most {@value #MAXIMUM} partijen the medewerker may see; secret partijen are left out before the
     * limit, so that they cannot crowd out the ones that are shown.
     */
    @Transactional(readOnly = true)
    List<UUID> zoek(ZoekOp op, String term, ApiContext context) {
        String t = term == null ? "" : term.strip();
        if (t.length() > 254 || t.chars().anyMatch(Character::isISOControl)) {
            throw new OngeldigeZoekterm("Deze zoekterm kan niet gebruikt worden.");
        }
        return switch (op) {
            case BSN -> identificator("bsn", digits(t, 9, "Een BSN bestaat uit 9 cijfers."), context);
            case KVK -> identificator("kvk_nummer", digits(t, 8, "Een KvK-nummer bestaat uit 8 cijfers."), context);
            case VESTIGINGSNUMMER ->
                identificator(
                        "vestigingsnummer", digits(t, 12, "Een vestigingsnummer bestaat uit 12 cijfers."), context);
            case NAAM -> naam(t, context);
            // The register holds no geboortedatum: the BRP is asked, and its residents are matched by BSN.
            case NAAM_GEBOORTEDATUM -> List.of();
            case POSTCODE -> postcode(t, context);
            case TELEFOON -> telefoonnummer(telefoon(t), context);
            case EMAIL -> {
                if (!t.contains("@") || t.length() > 254) {
                    throw new OngeldigeZoekterm("Geef een volledig e-mailadres op, zoals naam@example.nl.");
                }
                yield digitaalAdres("email", t, context);
            }
        };
    }

    /** The partijen the medewerker may see with these BSNs, by BSN, in one statement. */
    @Transactional(readOnly = true)
    Map<String, UUID> metBsn(List<String> bsns, ApiContext context) {
        var gevonden = new HashMap<String, UUID>();
        if (bsns.isEmpty()) {
            return gevonden;
        }
        jdbc.sql("select i.object_id, i.partij_uuid from partij_identificator i where i.code_soort_object_id = 'bsn'"
                        + " and i.object_id = any(?) and i.partij_uuid is not null and "
                        + Vertrouwelijkheid.vanPartij("i.partij_uuid", context))
                .param(new SqlArrayValue("varchar", bsns.toArray()))
                .query((RowCallbackHandler) rs -> gevonden.put(rs.getString(1), rs.getObject(2, UUID.class)));
        return gevonden;
    }

    /**
     * The partijen the medewerker may see that stand for these registrations in the Handelsregister, by
     * {@link KvkApi.Bedrijf#sleutel()}, in one statement. As KISS registers them, an establishment is a partij with its
     * vestigingsnummer under its organisation's KvK-nummer, and the organisation itself a partij with that KvK-nummer.
     */
    @Transactional(readOnly = true)
    Map<String, UUID> metHandelsregister(List<KvkApi.Bedrijf> bedrijven, ApiContext context) {
        var gevonden = new HashMap<String, UUID>();
        var vestigingen = bedrijven.stream()
                .filter(b -> !b.vestigingsnummer().isEmpty())
                .map(b -> b.kvkNummer() + ":" + b.vestigingsnummer())
                .toArray();
        var organisaties = bedrijven.stream()
                .filter(b -> b.vestigingsnummer().isEmpty())
                .map(KvkApi.Bedrijf::kvkNummer)
                .toArray();
        if (vestigingen.length == 0 && organisaties.length == 0) {
            return gevonden;
        }
        jdbc.sql("""
                        select i.object_id, i.partij_uuid from partij_identificator i
                        left join partij_identificator k on k.uuid = i.sub_identificator_van_uuid
                        where i.partij_uuid is not null
                          and ((i.code_soort_object_id = 'vestigingsnummer'
                                and k.code_soort_object_id = 'kvk_nummer'
                                and k.object_id || ':' || i.object_id = any(?))
                            or (i.code_soort_object_id = 'kvk_nummer' and i.object_id = any(?)))
                          and %s
                        order by i.partij_uuid""".formatted(Vertrouwelijkheid.vanPartij("i.partij_uuid", context)))
                .param(new SqlArrayValue("varchar", vestigingen))
                .param(new SqlArrayValue("varchar", organisaties))
                .query((RowCallbackHandler) rs -> gevonden.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class)));
        return gevonden;
    }

    /**
     * The identificator of this KvK-nummer the medewerker may see, with the partij it identifies (null when it
     * identifies none yet: KISS stores one so that the vestigingsnummers of an organisation can hang under it).
     */
    @Transactional(readOnly = true)
    Optional<KvkIdentificator> kvkIdentificator(String kvkNummer, ApiContext context) {
        return jdbc.sql(
                        "select uuid, partij_uuid from partij_identificator i where i.code_soort_object_id = 'kvk_nummer'"
                                + " and i.object_id = ? and i.sub_identificator_van_uuid is null and "
                                + Vertrouwelijkheid.vanPartij("i.partij_uuid", context)
                                + " order by i.partij_uuid nulls first limit 1")
                .param(kvkNummer)
                .query((rs, row) -> new KvkIdentificator(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    record KvkIdentificator(UUID uuid, @Nullable UUID partij) {}

    /** A geslachtsnaam and a geboortedatum as a medewerker types them: "van Dijk 17-03-1980" or "Jansen 1980-03-17". */
    record NaamEnGeboortedatum(String geslachtsnaam, LocalDate geboortedatum) {

        private static final Pattern TERM =
                Pattern.compile("^(.*\\p{L}.*?)\\s+([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})$");
        private static final Pattern ISO = Pattern.compile("^(.*\\p{L}.*?)\\s+([0-9]{4})-([0-9]{2})-([0-9]{2})$");

        static NaamEnGeboortedatum parse(String term) {
            String t = term == null ? "" : term.strip();
            try {
                Matcher dmj = TERM.matcher(t);
                if (dmj.matches()) {
                    return new NaamEnGeboortedatum(
                            dmj.group(1).strip(),
                            LocalDate.of(
                                    Integer.parseInt(dmj.group(4)),
                                    Integer.parseInt(dmj.group(3)),
                                    Integer.parseInt(dmj.group(2))));
                }
                Matcher iso = ISO.matcher(t);
                if (iso.matches()) {
                    return new NaamEnGeboortedatum(
                            iso.group(1).strip(),
                            LocalDate.parse(iso.group(2) + "-" + iso.group(3) + "-" + iso.group(4)));
                }
            } catch (DateTimeException notADay) {
                // Said below, as for any term that does not fit.
            }
            throw new OngeldigeZoekterm("Geef de achternaam en de geboortedatum op, zoals Jansen 17-03-1980.");
        }
    }

    /** A postcode and huisnummer as the BRP asks them, or null when the term is not one. */
    static @Nullable PostcodeHuisnummer postcodeHuisnummer(String term) {
        Matcher matcher = POSTCODE_HUISNUMMER.matcher(term == null ? "" : term.strip());
        if (!matcher.matches()) {
            return null;
        }
        return new PostcodeHuisnummer(
                matcher.group(1) + matcher.group(2).toUpperCase(Locale.ROOT), Integer.parseInt(matcher.group(3)));
    }

    record PostcodeHuisnummer(String postcode, int huisnummer) {}

    private List<UUID> identificator(String soort, String objectId, ApiContext context) {
        return jdbc.sql("select distinct i.partij_uuid from partij_identificator i where i.code_soort_object_id = ?"
                        + " and i.object_id = ? and i.partij_uuid is not null and "
                        + Vertrouwelijkheid.vanPartij("i.partij_uuid", context) + " limit " + MAXIMUM)
                .params(soort, objectId)
                .query(UUID.class)
                .list();
    }

    private List<UUID> naam(String naam, ApiContext context) {
        // A caller spells out "van Dijk" and the medewerker types "vandijk" or "van-dijk": letters and digits count.
        String letters = naam.replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() < 2 || naam.length() > 200) {
            throw new OngeldigeZoekterm("Geef minstens 2 letters van de naam op.");
        }
        String pattern = Filters.contains(letters);
        return jdbc.sql("""
                        select uuid from partij p
                        where (regexp_replace(p.partij_identificatie ->> 'naam', '[^[:alnum:]]', '', 'g') ilike ?
                           or regexp_replace(concat_ws('',
                                  p.partij_identificatie #>> '{contactnaam,voornaam}',
                                  p.partij_identificatie #>> '{contactnaam,voorvoegselAchternaam}',
                                  p.partij_identificatie #>> '{contactnaam,achternaam}'), '[^[:alnum:]]', '', 'g') ilike ?)
                          and %s
                        order by creation_order desc limit %d""".formatted(Vertrouwelijkheid.partij("p", context), MAXIMUM))
                .params(pattern, pattern)
                .query(UUID.class)
                .list();
    }

    private List<UUID> postcode(String term, ApiContext context) {
        Matcher matcher = POSTCODE_HUISNUMMER.matcher(term);
        if (!matcher.matches()) {
            throw new OngeldigeZoekterm("Geef een postcode met huisnummer op, zoals 1234 AB 12.");
        }
        String postcode = matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
        String huisnummer = String.valueOf(Integer.parseInt(matcher.group(3)));
        return jdbc.sql("""
                        select uuid from partij p
                        where ((bezoekadres ->> 'postcode' = ? and bezoekadres ->> 'huisnummer' = ?)
                           or (correspondentieadres ->> 'postcode' = ? and correspondentieadres ->> 'huisnummer' = ?))
                          and %s
                        order by creation_order desc limit %d""".formatted(Vertrouwelijkheid.partij("p", context), MAXIMUM))
                .params(postcode, huisnummer, postcode, huisnummer)
                .query(UUID.class)
                .list();
    }

    /**
     * A telephone system shows +31 6 32760638 where the klant gave 06-32760638: both sides are compared by V23's
     * {@code telefoon_kern}, the number without its Dutch trunk or country prefix, which V23 also indexes.
     */
    private List<UUID> telefoonnummer(String nummer, ApiContext context) {
        return jdbc.sql("select distinct d.partij_uuid from digitaal_adres d where d.soort_digitaal_adres ="
                        + " 'telefoonnummer' and telefoon_kern(d.adres) = telefoon_kern(?) and d.partij_uuid is not"
                        + " null and " + Vertrouwelijkheid.vanPartij("d.partij_uuid", context) + " limit " + MAXIMUM)
                .param(nummer)
                .query(UUID.class)
                .list();
    }

    private List<UUID> digitaalAdres(String soort, String adres, ApiContext context) {
        return jdbc.sql("select distinct d.partij_uuid from digitaal_adres d where d.soort_digitaal_adres = ?"
                        + " and lower(d.adres) = lower(?) and d.partij_uuid is not null and "
                        + Vertrouwelijkheid.vanPartij("d.partij_uuid", context) + " limit " + MAXIMUM)
                .params(soort, adres)
                .query(UUID.class)
                .list();
    }

    private static String digits(String term, int length, String reason) {
        String digits = term.replaceAll("[\\s.-]", "");
        if (!digits.matches("[0-9]{" + length + "}")) {
            throw new OngeldigeZoekterm(reason);
        }
        return digits;
    }

    /** A caller reads a number out with spaces, dashes or brackets. */
    private static String telefoon(String term) {
        String nummer = term.replaceAll("[\\s().-]", "");
        if (!nummer.matches("\\+?[0-9]{6,20}")) {
            throw new OngeldigeZoekterm("Geef een telefoonnummer op, zoals 0612345678.");
        }
        return nummer;
    }
}
