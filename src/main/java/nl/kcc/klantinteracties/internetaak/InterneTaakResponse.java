package nl.kcc.klantinteracties.internetaak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;

/** An interne taak as the API shows it. */
public record InterneTaakResponse(
        UUID uuid,
        String url,
        String nummer,
        String referentienummer,
        String gevraagdeHandeling,
        Reference aanleidinggevendKlantcontact,
        Reference toegewezenAanActor,
        List<Reference> toegewezenAanActoren,
        String toelichting,
        String status,
        OffsetDateTime toegewezenOp,
        OffsetDateTime afgehandeldOp,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL)
        Map<String, Object> expand)
        implements Representation {}
