package nl.kcc.klantinteracties.klantcontact.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.klantcontact.BijlageResource;
import nl.kcc.klantinteracties.klantcontact.BijlageResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + BijlageResource.COLLECTION)
class BijlageController extends ResourceController<BijlageResponse> {

    private final BijlageResource resource;

    BijlageController(BijlageResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, BijlageResponse> resource() {
        return resource;
    }
}
