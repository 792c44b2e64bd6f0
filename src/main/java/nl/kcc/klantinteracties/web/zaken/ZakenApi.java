package nl.kcc.klantinteracties.web.zaken;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kcc.klantinteracties.notificatie.ZgwToken;
import nl.kcc.klantinteracties.partij.PartijIdentificatorResponse;
import nl.kcc.klantinteracties.partij.PartijResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zaken of a klant, asked of the municipality's Zaken API (ZGW, as Open Zaak serves it) when one is configured
 * ({@code klantinteracties.zaken.url}): the zaken in which a person with this BSN, or an organisation with this
 * KvK-nummer, has a rol, with their status. The
 * werkplek shows them on the klantbeeld and offers them when a contact is registered; without a Zaken API, or when it
 * does not answer in time, the werkplek works on what the register itself knows.
 */
@Component
public class ZakenApi {

    /** More than a screen's worth is history the zaaksysteem shows better. */
    static final int MAXIMUM = 20;

    private static final Logger LOG = LoggerFactory.getLogger(ZakenApi.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    /**
     * A zaak as the medewerker reads it.
     *
     * @param uuid as the zaaksysteem knows it, by which a client may have linked a contact to it
     */
    public record Zaak(
            String uuid,
            String identificatie,
            String omschrijving,
            String status,
            String startdatum,
            boolean afgesloten) {}

    /** The zaken, or why there are none to show. */
    public record Zaken(List<Zaak> zaken, @Nullable String fout) {
        static Zaken fout(String fout) {
            return new Zaken(List.of(), fout);
        }
    }

    private final String url;
    private final String clientId;
    private final String secret;
    private final Duration timeout;
    private final HttpClient http;

    ZakenApi(ZakenProperties properties) {
        this.url = properties.url();
        this.clientId = properties.clientId();
        this.secret = properties.secret();
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public boolean ingesteld() {
        return !url.isEmpty();
    }

    /**
     * The zaken in which the klant has a rol, newest first, with the status each is in: a person by their BSN, an
     * organisation by its KvK-nummer (the filter Open Zaak has since 1.20); none for a partij with neither.
     */
    public Zaken vanPartij(PartijResponse partij) {
        String bsn = identificator(partij, "bsn");
        if (bsn != null) {
            return vanPersoon(bsn);
        }
        String kvk = identificator(partij, "kvk_nummer");
        if (kvk != null && kvk.matches("[0-9]{8}")) {
            return zaken("rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer", kvk);
        }
        return new Zaken(List.of(), null);
    }

    /** The zaken in which the person with this BSN has a rol, newest first, with the status each is in. */
    public Zaken vanPersoon(@Nullable String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return new Zaken(List.of(), null);
        }
        return zaken("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn);
    }

    /** The zaak with this zaaknummer (its identificatie), as the zaaksysteem has it; none when it has no such zaak. */
    public Zaken metNummer(String zaaknummer) {
        String nummer = zaaknummer.strip();
        if (nummer.isEmpty() || nummer.length() > 40) {
            return new Zaken(List.of(), null);
        }
        Zaken gevonden = zaken("identificatie", nummer);
        return gevonden.fout() != null
                ? gevonden
                : new Zaken(
                        gevonden.zaken().stream()
                                .filter(zaak -> zaak.identificatie().equals(nummer))
                                .limit(1)
                                .toList(),
                        null);
    }

    private Zaken zaken(String filter, String waarde) {
        if (!ingesteld()) {
            return new Zaken(List.of(), null);
        }
        var request = HttpRequest.newBuilder(URI.create(url + "/zaken?" + filter + "="
                        + URLEncoder.encode(waarde, StandardCharsets.UTF_8)
                        + "&ordering=-startdatum&expand=status.statustype"))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Accept-Crs", "EPSG:4326")
                .GET();
        if (!clientId.isEmpty()) {
            request.header("Authorization", "Bearer " + ZgwToken.create(clientId, secret, Instant.now()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("The Zaken API answered {} for the zaken of a klant", response.statusCode());
                return Zaken.fout("Het zaaksysteem gaf geen antwoord (" + response.statusCode() + ").");
            }
            return new Zaken(zaken(JSON.readTree(response.body())), null);
        } catch (IOException | JacksonException e) {
            LOG.warn("The Zaken API could not be read: {}", e.toString());
            return Zaken.fout("Het zaaksysteem is nu niet bereikbaar.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Zaken.fout("Het zaaksysteem is nu niet bereikbaar.");
        }
    }

    /** The partij's BSN, by which the Zaken API knows a person; null for a partij without one. */
    public static @Nullable String bsn(PartijResponse partij) {
        return identificator(partij, "bsn");
    }

    private static @Nullable String identificator(PartijResponse partij, String soort) {
        return partij.partijIdentificatoren().stream()
                .map(PartijIdentificatorResponse::partijIdentificator)
                .filter(i -> i != null && soort.equals(i.codeSoortObjectId()))
                .map(PartijIdentificatorResponse.Groep::objectId)
                .findFirst()
                .orElse(null);
    }

    private static List<Zaak> zaken(JsonNode page) {
        var zaken = new ArrayList<Zaak>();
        for (JsonNode zaak : page.path("results")) {
            if (zaken.size() == MAXIMUM) {
                break;
            }
            boolean afgesloten = !zaak.path("einddatum").isNull()
                    && !zaak.path("einddatum").asString("").isEmpty();
            zaken.add(new Zaak(
                    zaak.path("uuid").asString(""),
                    zaak.path("identificatie").asString(""),
                    zaak.path("omschrijving").asString(""),
                    status(zaak, afgesloten),
                    datum(zaak.path("startdatum").asString("")),
                    afgesloten));
        }
        return zaken;
    }

    /** The statustype's omschrijving when the API expanded it, else what can be said without another request. */
    private static String status(JsonNode zaak, boolean afgesloten) {
        JsonNode status = zaak.path("_expand").path("status");
        String omschrijving =
                status.path("_expand").path("statustype").path("omschrijving").asString("");
        if (!omschrijving.isBlank()) {
            return omschrijving;
        }
        if (afgesloten) {
            return "Afgesloten";
        }
        return zaak.path("status").isNull() ? "Nog geen status" : "Status onbekend";
    }

    private static String datum(String datum) {
        try {
            return datum.isEmpty() ? "" : LocalDate.parse(datum).format(DATUM);
        } catch (DateTimeParseException e) {
            return datum;
        }
    }
}
