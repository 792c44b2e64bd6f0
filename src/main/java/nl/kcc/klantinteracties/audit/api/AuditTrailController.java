package nl.kcc.klantinteracties.audit.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.page.PagedResponse;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code <resource>/<uuid>/audittrail} on every resource of both APIs: the changes of one object, newest first. It is
 * read-only; the trail of a deleted object can still be read.
 */
@RestController
class AuditTrailController {

    static final String PATH = "/{collection}/{uuid}/audittrail";

    private final ObjectProvider<ApiResource<?, ?>> resources;
    private final AuditTrail auditTrail;

    AuditTrailController(ObjectProvider<ApiResource<?, ?>> resources, AuditTrail auditTrail) {
        this.resources = resources;
        this.auditTrail = auditTrail;
    }

    @GetMapping(
            path = {ApiPaths.KLANTINTERACTIES + PATH, ApiPaths.CONTACTGEGEVENS + PATH},
            produces = MediaType.APPLICATION_JSON_VALUE)
    PagedResponse<AuditTrail.Entry> list(
            @PathVariable String collection, @PathVariable String uuid, HttpServletRequest request) {
        String apiPath = request.getRequestURI()
                        .substring(request.getContextPath().length())
                        .startsWith(ApiPaths.CONTACTGEGEVENS)
                ? ApiPaths.CONTACTGEGEVENS
                : ApiPaths.KLANTINTERACTIES;
        ApiResource<?, ?> resource = resources
                .orderedStream()
                .filter(candidate -> candidate.description().apiPath().equals(apiPath)
                        && candidate.collection().equals(collection))
                .findFirst()
                .orElseThrow(ApiException::notFound);
        var object = Texts.parseUuid(uuid);
        if (object == null) {
            throw ApiException.notFound();
        }
        var query = QueryParameters.forList(request, List.of(), List.of());
        return PagedResponse.of(auditTrail.list(resource, object, query.page(), ApiContext.of(request)), request);
    }
}
