package nl.kcc.klantinteracties.maakklantcontact.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontact;
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontactResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Only POST: the request creates objects that each have their own endpoint to read, change and delete them. */
@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + MaakKlantcontact.PATH)
class MaakKlantcontactController {

    private final MaakKlantcontact maakKlantcontact;

    MaakKlantcontactController(MaakKlantcontact maakKlantcontact) {
        this.maakKlantcontact = maakKlantcontact;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MaakKlantcontactResponse create(@RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        return maakKlantcontact.maak(
                body == null ? JsonNodeFactory.instance.objectNode() : body, ApiContext.of(request));
    }
}
