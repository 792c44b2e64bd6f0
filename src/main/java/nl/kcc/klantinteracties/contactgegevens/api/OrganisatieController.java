package nl.kcc.klantinteracties.contactgegevens.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.contactgegevens.OrganisatieResource;
import nl.kcc.klantinteracties.contactgegevens.OrganisatieResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.CONTACTGEGEVENS + "/" + OrganisatieResource.COLLECTION)
class OrganisatieController extends ResourceController<OrganisatieResponse> {

    private final OrganisatieResource resource;

    OrganisatieController(OrganisatieResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, OrganisatieResponse> resource() {
        return resource;
    }
}
