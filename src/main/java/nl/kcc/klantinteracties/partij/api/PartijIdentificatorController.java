package nl.kcc.klantinteracties.partij.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.partij.PartijIdentificatorResource;
import nl.kcc.klantinteracties.partij.PartijIdentificatorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + PartijIdentificatorResource.COLLECTION)
class PartijIdentificatorController extends ResourceController<PartijIdentificatorResponse> {

    private final PartijIdentificatorResource resource;

    PartijIdentificatorController(PartijIdentificatorResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, PartijIdentificatorResponse> resource() {
        return resource;
    }
}
