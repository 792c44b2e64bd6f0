package nl.kcc.klantinteracties.klantcontact.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResource;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + BetrokkeneResource.COLLECTION)
class BetrokkeneController extends ResourceController<BetrokkeneResponse> {

    private final BetrokkeneResource resource;

    BetrokkeneController(BetrokkeneResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, BetrokkeneResponse> resource() {
        return resource;
    }
}
