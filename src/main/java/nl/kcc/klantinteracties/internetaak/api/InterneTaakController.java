package nl.kcc.klantinteracties.internetaak.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + InterneTaakResource.COLLECTION)
class InterneTaakController extends ResourceController<InterneTaakResponse> {

    private final InterneTaakResource resource;

    InterneTaakController(InterneTaakResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, InterneTaakResponse> resource() {
        return resource;
    }
}
