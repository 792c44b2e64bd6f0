package nl.kcc.klantinteracties.web.kvk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Companies as the Handelsregister knows them, asked through the KvK's Zoeken API when it is configured
 * ({@code klantinteracties.kvk.url}): found by KvK-nummer, by vestigingsnummer or by postcode and huisnummer. Without
 * the KvK, or when it does not answer in time, the werkplek says so and works on what the register itself knows.
 */
@Component
public class KvkApi {

    /** One page of the KvK's answer: more than a medewerker reads through while the caller waits. */
    static final int RESULTATEN = 20;

    private static final Logger LOG = LoggerFactory.getLogger(KvkApi.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A registration in the Handelsregister as the medewerker reads it: the organisation itself (a rechtspersoon,
     * without vestigingsnummer) or one of its establishments.
     *
     * @param vestigingsnummer empty for the rechtspersoon itself
     * @param soort "Hoofdvestiging", "Nevenvestiging" or "Rechtspersoon"
     */
    public record Bedrijf(String kvkNummer, String vestigingsnummer, String naam, String soort, List<String> adres) {

        /** What identifies it in the register: the vestigingsnummer of an establishment, else the KvK-nummer. */
        public String sleutel() {
            return vestigingsnummer.isEmpty() ? kvkNummer : vestigingsnummer;
        }
    }

    /** The companies found, or why none can be shown. */
    public record Bedrijven(
            List<Bedrijf> bedrijven, @Nullable String fout) {
        static Bedrijven fout(String fout) {
            return new Bedrijven(List.of(), fout);
        }
    }

    private final String url;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    KvkApi(KvkProperties properties) {
        this.url = properties.url();
        this.apiKey = properties.apiKey();
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public boolean ingesteld() {
        return !url.isEmpty();
    }

    /** The organisation with this KvK-nummer and its establishments. */
    public Bedrijven zoekOpKvkNummer(String kvkNummer) {
        return zoek(Map.of("kvkNummer", kvkNummer));
    }

    public Bedrijven zoekOpVestigingsnummer(String vestigingsnummer) {
        return zoek(Map.of("vestigingsnummer", vestigingsnummer));
    }

    /** @param postcode four digits and two letters, without a space */
    public Bedrijven zoekOpPostcodeEnHuisnummer(String postcode, int huisnummer) {
        var vraag = new LinkedHashMap<String, String>();
        vraag.put("postcode", postcode);
        vraag.put("huisnummer", Integer.toString(huisnummer));
        return zoek(vraag);
    }

    /**
     * The one registration a klant in the register stands for: the establishment with its vestigingsnummer, else the
     * organisation with its KvK-nummer (the rechtspersoon, or the hoofdvestiging when there is no rechtspersoon apart).
     */
    public Bedrijven raadpleeg(@Nullable String kvkNummer, @Nullable String vestigingsnummer) {
        if (vestigingsnummer != null && vestigingsnummer.matches("[0-9]{12}")) {
            return enkel(zoekOpVestigingsnummer(vestigingsnummer), vestigingsnummer);
        }
        if (kvkNummer != null && kvkNummer.matches("[0-9]{8}")) {
            Bedrijven gevonden = zoekOpKvkNummer(kvkNummer);
            if (gevonden.fout() != null) {
                return gevonden;
            }
            var eerst = gevonden.bedrijven().stream()
                    .filter(b -> b.vestigingsnummer().isEmpty())
                    .findFirst()
                    .or(() -> gevonden.bedrijven().stream()
                            .filter(b -> b.soort().equals("Hoofdvestiging"))
                            .findFirst())
                    .or(() -> gevonden.bedrijven().stream().findFirst());
            return new Bedrijven(eerst.stream().toList(), null);
        }
        return new Bedrijven(List.of(), null);
    }

    private static Bedrijven enkel(Bedrijven gevonden, String vestigingsnummer) {
        return new Bedrijven(
                gevonden.bedrijven().stream()
                        .filter(b -> b.vestigingsnummer().equals(vestigingsnummer))
                        .limit(1)
                        .toList(),
                gevonden.fout());
    }

    private Bedrijven zoek(Map<String, String> vraag) {
        if (!ingesteld()) {
            return new Bedrijven(List.of(), null);
        }
        String query = vraag.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(
                        URI.create(url + "/v2/zoeken?" + query + "&resultatenPerPagina=" + RESULTATEN))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        if (!apiKey.isEmpty()) {
            request.header("apikey", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // The KvK answers a question without results with 404 (and its code IPD5200), not with an empty list.
            if (response.statusCode() == 404) {
                return new Bedrijven(List.of(), null);
            }
            if (response.statusCode() != 200) {
                // Which number was asked for stays out of the log: the status says what went wrong.
                LOG.warn("The KvK answered {} to a search by {}", response.statusCode(), vraag.keySet());
                return Bedrijven.fout("Het Handelsregister gaf geen antwoord (" + response.statusCode() + ").");
            }
            var bedrijven = new ArrayList<Bedrijf>();
            for (JsonNode resultaat : JSON.readTree(response.body()).path("resultaten")) {
                bedrijven.add(bedrijf(resultaat));
            }
            return new Bedrijven(List.copyOf(bedrijven), null);
        } catch (IOException | JacksonException e) {
            LOG.warn("The KvK could not be read: {}", e.toString());
            return Bedrijven.fout("Het Handelsregister is nu niet bereikbaar.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Bedrijven.fout("Het Handelsregister is nu niet bereikbaar.");
        }
    }

    private static Bedrijf bedrijf(JsonNode resultaat) {
        return new Bedrijf(
                resultaat.path("kvkNummer").asString(""),
                resultaat.path("vestigingsnummer").asString(""),
                resultaat.path("naam").asString(""),
                switch (resultaat.path("type").asString("")) {
                    case "hoofdvestiging" -> "Hoofdvestiging";
                    case "nevenvestiging" -> "Nevenvestiging";
                    case "rechtspersoon" -> "Rechtspersoon";
                    default -> "Inschrijving";
                },
                adres(resultaat.path("adres")));
    }

    /** The address in the two lines an envelope has: street or postbus, then postcode and plaats. */
    static List<String> adres(JsonNode adres) {
        var regels = new ArrayList<String>();
        JsonNode binnenland = adres.path("binnenlandsAdres");
        if (binnenland.isObject()) {
            String straat = binnenland.path("postbusnummer").isMissingNode()
                    ? String.join(
                            " ",
                            binnenland.path("straatnaam").asString(""),
                            binnenland.path("huisnummer").asString("")
                                    + binnenland.path("huisletter").asString(""))
                    : "Postbus " + binnenland.path("postbusnummer").asString("");
            regel(regels, straat);
            String postcode = binnenland.path("postcode").asString("").replaceAll("\\s", "");
            if (postcode.matches("[0-9]{4}[A-Za-z]{2}")) {
                postcode =
                        postcode.substring(0, 4) + " " + postcode.substring(4).toUpperCase(Locale.ROOT);
            }
            regel(regels, postcode + " " + binnenland.path("plaats").asString(""));
        }
        JsonNode buitenland = adres.path("buitenlandsAdres");
        if (buitenland.isObject()) {
            regel(regels, buitenland.path("straatHuisnummer").asString(""));
            regel(regels, buitenland.path("postcodeWoonplaats").asString(""));
            regel(regels, buitenland.path("land").asString(""));
        }
        return List.copyOf(regels);
    }

    private static void regel(List<String> regels, String regel) {
        String tekst = regel.strip().replaceAll("\\s+", " ");
        if (!tekst.isEmpty()) {
            regels.add(tekst);
        }
    }
}
