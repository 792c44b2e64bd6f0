package nl.kcc.klantinteracties.internetaak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** An interne taak as the API shows it. */
public record InterneTaakResponse(
        UUID uuid,
        String url,
        @Nullable String nummer,
        @Nullable String referentienummer,
        @Nullable String gevraagdeHandeling,
        @Nullable Reference aanleidinggevendKlantcontact,
        @Nullable Reference toegewezenAanActor,
        List<Reference> toegewezenAanActoren,
        String toelichting,
        String status,
        OffsetDateTime toegewezenOp,
        @Nullable OffsetDateTime afgehandeldOp,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {}
