package nl.kcc.klantinteracties.web.brp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Residents as the BRP knows them, asked through Haal Centraal BRP Personen Bevragen when it is configured
 * ({@code klantinteracties.brp.url}): found by geslachtsnaam and geboortedatum or by postcode and huisnummer, or looked
 * up by BSN. Only the fields the werkplek shows are asked for. Without a BRP, or when it does not answer in time, the
 * werkplek says so and works on what the register itself knows.
 */
@Component
public class BrpApi {

    /** The standard's limit of BSNs in one RaadpleegMetBurgerservicenummer. */
    static final int BSNS_PER_VRAAG = 20;

    private static final Logger LOG = LoggerFactory.getLogger(BrpApi.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));
    private static final List<String> VELDEN = List.of(
            "burgerservicenummer",
            "naam.voornamen",
            "naam.voorvoegsel",
            "naam.geslachtsnaam",
            "naam.volledigeNaam",
            "geboorte.datum",
            "adressering.adresregel1",
            "adressering.adresregel2");

    /**
     * A resident as the medewerker reads them.
     *
     * @param geboortedatum in words ("17 maart 1980"), or empty when the BRP does not know it in full
     */
    public record Persoon(
            String bsn,
            String voornamen,
            String voorvoegsel,
            String geslachtsnaam,
            String volledigeNaam,
            String geboortedatum,
            List<String> adres) {}

    /** The residents found, or why none can be shown. */
    public record Personen(List<Persoon> personen, @Nullable String fout) {
        static Personen fout(String fout) {
            return new Personen(List.of(), fout);
        }
    }

    private final String url;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    BrpApi(BrpProperties properties) {
        this.url = properties.url();
        this.apiKey = properties.apiKey();
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public boolean ingesteld() {
        return !url.isEmpty();
    }

    public Personen zoekOpNaamEnGeboortedatum(String geslachtsnaam, LocalDate geboortedatum) {
        var vraag = vraag("ZoekMetGeslachtsnaamEnGeboortedatum");
        vraag.put("geslachtsnaam", geslachtsnaam);
        vraag.put("geboortedatum", geboortedatum.toString());
        return personen(vraag);
    }

    /** @param postcode four digits and two letters, without a space, as the standard has it */
    public Personen zoekOpPostcodeEnHuisnummer(String postcode, int huisnummer) {
        var vraag = vraag("ZoekMetPostcodeEnHuisnummer");
        vraag.put("postcode", postcode);
        vraag.put("huisnummer", huisnummer);
        return personen(vraag);
    }

    /** The residents with these BSNs, in as few requests as the standard allows. */
    public Personen raadpleeg(List<String> bsns) {
        var geldig = bsns.stream()
                .filter(b -> b != null && b.matches("[0-9]{9}"))
                .distinct()
                .toList();
        if (!ingesteld() || geldig.isEmpty()) {
            return new Personen(List.of(), null);
        }
        var personen = new ArrayList<Persoon>();
        for (int i = 0; i < geldig.size(); i += BSNS_PER_VRAAG) {
            var vraag = vraag("RaadpleegMetBurgerservicenummer");
            var lijst = vraag.putArray("burgerservicenummer");
            geldig.subList(i, Math.min(geldig.size(), i + BSNS_PER_VRAAG)).forEach(lijst::add);
            Personen deel = personen(vraag);
            if (deel.fout() != null) {
                return deel;
            }
            personen.addAll(deel.personen());
        }
        return new Personen(List.copyOf(personen), null);
    }

    private static ObjectNode vraag(String type) {
        var vraag = JsonNodeFactory.instance.objectNode();
        vraag.put("type", type);
        var velden = vraag.putArray("fields");
        VELDEN.forEach(velden::add);
        return vraag;
    }

    private Personen personen(ObjectNode vraag) {
        if (!ingesteld()) {
            return new Personen(List.of(), null);
        }
        var request = HttpRequest.newBuilder(URI.create(url + "/personen"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(vraag)));
        if (!apiKey.isEmpty()) {
            request.header("X-API-KEY", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // The BSN or name asked for stays out of the log: the status says what went wrong.
                LOG.warn(
                        "The BRP answered {} to a {}",
                        response.statusCode(),
                        vraag.path("type").asString());
                return Personen.fout("De BRP gaf geen antwoord (" + response.statusCode() + ").");
            }
            var personen = new ArrayList<Persoon>();
            for (JsonNode persoon : JSON.readTree(response.body()).path("personen")) {
                personen.add(persoon(persoon));
            }
            return new Personen(List.copyOf(personen), null);
        } catch (IOException | JacksonException e) {
            LOG.warn("The BRP could not be read: {}", e.toString());
            return Personen.fout("De BRP is nu niet bereikbaar.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Personen.fout("De BRP is nu niet bereikbaar.");
        }
    }

    private static Persoon persoon(JsonNode persoon) {
        JsonNode naam = persoon.path("naam");
        var adres = new ArrayList<String>();
        for (String regel : List.of("adresregel1", "adresregel2")) {
            String tekst = persoon.path("adressering").path(regel).asString("");
            if (!tekst.isBlank()) {
                adres.add(tekst.strip());
            }
        }
        return new Persoon(
                persoon.path("burgerservicenummer").asString(""),
                naam.path("voornamen").asString(""),
                naam.path("voorvoegsel").asString(""),
                naam.path("geslachtsnaam").asString(""),
                naam.path("volledigeNaam").asString(""),
                geboortedatum(persoon.path("geboorte").path("datum")),
                List.copyOf(adres));
    }

    /** A date of which the BRP knows only the year or the month is shown as the BRP words it. */
    private static String geboortedatum(JsonNode datum) {
        if (!"Datum".equals(datum.path("type").asString(""))) {
            return datum.path("langFormaat").asString("");
        }
        try {
            return DATUM.format(LocalDate.parse(datum.path("datum").asString("")));
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
