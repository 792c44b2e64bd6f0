package nl.kcc.klantinteracties.actor.api;

import nl.kcc.klantinteracties.actor.ActorKlantcontactResource;
import nl.kcc.klantinteracties.actor.ActorKlantcontactResponse;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + ActorKlantcontactResource.COLLECTION)
class ActorKlantcontactController extends ResourceController<ActorKlantcontactResponse> {

    private final ActorKlantcontactResource resource;

    ActorKlantcontactController(ActorKlantcontactResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, ActorKlantcontactResponse> resource() {
        return resource;
    }
}
