package nl.kcc.klantinteracties.klantcontact.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + KlantcontactResource.COLLECTION)
class KlantcontactController extends ResourceController<KlantcontactResponse> {

    private final KlantcontactResource resource;

    KlantcontactController(KlantcontactResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, KlantcontactResponse> resource() {
        return resource;
    }
}
