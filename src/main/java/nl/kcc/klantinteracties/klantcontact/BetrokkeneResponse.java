package nl.kcc.klantinteracties.klantcontact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import org.jspecify.annotations.Nullable;

/** A betrokkene as the API shows it; its gegevensgroepen are always objects, empty when not given. */
public record BetrokkeneResponse(
        UUID uuid,
        String url,
        @Nullable Reference wasPartij,
        @Nullable Reference hadKlantcontact,
        List<Reference> digitaleAdressen,
        Adres bezoekadres,
        Adres correspondentieadres,
        Contactnaam contactnaam,
        String volledigeNaam,
        String rol,
        String organisatienaam,
        boolean initiator,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {}
