package nl.kcc.klantinteracties.digitaaladres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A digitaal adres as the API shows it. */
public record DigitaalAdresResponse(
        UUID uuid,
        String url,
        @Nullable Reference verstrektDoorBetrokkene,
        @Nullable Reference verstrektDoorPartij,
        String adres,
        String soortDigitaalAdres,
        boolean isStandaardAdres,
        String omschrijving,
        String referentie,
        @Nullable LocalDate verificatieDatum,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {}
