package nl.kcc.klantinteracties.klantcontact.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectDeleteResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResource;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + OnderwerpobjectResource.COLLECTION)
class OnderwerpobjectController extends ResourceController<OnderwerpobjectResponse> {

    static final String CASCADE = "cascade";

    private final OnderwerpobjectResource resource;

    OnderwerpobjectController(OnderwerpobjectResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, OnderwerpobjectResponse> resource() {
        return resource;
    }

    /**
     * Without {@code cascade=true} a plain delete (204); with it, the klantcontacten nothing else is about go too,
     * and the answer lists the ones that stay (200).
     */
    @Override
    @DeleteMapping("/{uuid}")
    public ResponseEntity<?> delete(@PathVariable String uuid, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of(CASCADE));
        if (!cascade(request)) {
            resource.delete(uuid(uuid), context(request));
            return ResponseEntity.noContent().build();
        }
        var behouden = resource.deleteCascading(uuid(uuid), context(request));
        return ResponseEntity.ok(new OnderwerpobjectDeleteResponse(behouden));
    }

    /**
     * Reads {@code cascade}: {@code true} or {@code false} in any case. Anything else is refused rather than read as
     * false, so that a client who meant to cascade does not silently leave klantcontacten behind.
     */
    private static boolean cascade(HttpServletRequest request) {
        String[] values = request.getParameterValues(CASCADE);
        if (values == null) {
            return false;
        }
        if (values.length == 1) {
            switch (values[0].toLowerCase(Locale.ROOT)) {
                case "true" -> {
                    return true;
                }
                case "false" -> {
                    return false;
                }
                default -> {}
            }
        }
        throw ApiException.invalid(CASCADE, "invalid", "Verwacht true of false.");
    }
}
