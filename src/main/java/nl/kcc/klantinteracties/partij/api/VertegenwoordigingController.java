package nl.kcc.klantinteracties.partij.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.partij.VertegenwoordigingResource;
import nl.kcc.klantinteracties.partij.VertegenwoordigingResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + VertegenwoordigingResource.COLLECTION)
class VertegenwoordigingController extends ResourceController<VertegenwoordigingResponse> {

    private final VertegenwoordigingResource resource;

    VertegenwoordigingController(VertegenwoordigingResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, VertegenwoordigingResponse> resource() {
        return resource;
    }
}
