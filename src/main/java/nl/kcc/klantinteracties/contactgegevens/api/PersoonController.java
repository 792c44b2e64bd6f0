package nl.kcc.klantinteracties.contactgegevens.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.contactgegevens.PersoonResource;
import nl.kcc.klantinteracties.contactgegevens.PersoonResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.CONTACTGEGEVENS + "/" + PersoonResource.COLLECTION)
class PersoonController extends ResourceController<PersoonResponse> {

    private final PersoonResource resource;

    PersoonController(PersoonResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, PersoonResponse> resource() {
        return resource;
    }
}
