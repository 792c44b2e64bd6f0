package nl.kcc.klantinteracties.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/** An actor as the API shows it, also inside a klantcontact's {@code hadBetrokkenActoren}. */
public record ActorResponse(
        UUID uuid,
        String url,
        String naam,
        String soortActor,
        boolean indicatieActief,
        Identificator actoridentificator,
        @Nullable Map<String, String> actorIdentificatie,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {}
