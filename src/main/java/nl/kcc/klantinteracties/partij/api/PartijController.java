package nl.kcc.klantinteracties.partij.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + PartijResource.COLLECTION)
class PartijController extends ResourceController<PartijResponse> {

    private final PartijResource resource;

    PartijController(PartijResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, PartijResponse> resource() {
        return resource;
    }
}
