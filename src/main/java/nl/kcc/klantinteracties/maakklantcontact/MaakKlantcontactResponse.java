package nl.kcc.klantinteracties.maakklantcontact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResponse;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /maak-klantcontact} registered, each part as its own endpoint shows it. The standard's parts are always
 * there (null when not sent); the register's additional parts only when the request sent them, so a standard client
 * gets exactly the standard's answer.
 *
 * @param actorklantcontacten the links made for the {@code actoren} sent
 */
public record MaakKlantcontactResponse(
        KlantcontactResponse klantcontact,
        @Nullable BetrokkeneResponse betrokkene,
        @Nullable OnderwerpobjectResponse onderwerpobject,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Representation> actorklantcontacten,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Representation> digitaleAdressen,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Representation interneTaak) {}
