package nl.kcc.klantinteracties.klantcontact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A klantcontact as the API shows it. */
public record KlantcontactResponse(
        UUID uuid,
        String url,
        List<Reference> gingOverOnderwerpobjecten,
        List<Object> hadBetrokkenActoren,
        List<Reference> omvatteBijlagen,
        List<Reference> hadBetrokkenen,
        List<Reference> leiddeTotInterneTaken,
        @Nullable String nummer,
        @Nullable String referentienummer,
        String kanaal,
        String onderwerp,
        String inhoud,
        String reactie,
        @Nullable Boolean indicatieContactGelukt,
        String hoofdOnderwerpType,
        boolean verdereActieOndernomen,
        String taal,
        boolean vertrouwelijk,
        OffsetDateTime plaatsgevondenOp,
        Map<String, String> metadata,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {}
