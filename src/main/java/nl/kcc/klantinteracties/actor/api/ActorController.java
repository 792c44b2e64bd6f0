package nl.kcc.klantinteracties.actor.api;

import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + ActorResource.COLLECTION)
class ActorController extends ResourceController<ActorResponse> {

    private final ActorResource resource;

    ActorController(ActorResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, ActorResponse> resource() {
        return resource;
    }
}
