package nl.kcc.klantinteracties.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** An actor-klantcontact link as the API shows it. */
public record ActorKlantcontactResponse(
        UUID uuid,
        String url,
        @Nullable Reference actor,
        @Nullable Reference klantcontact,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {}
