package nl.kcc.klantinteracties.digitaaladres.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + DigitaalAdresResource.COLLECTION)
class DigitaalAdresController extends ResourceController<DigitaalAdresResponse> {

    private final DigitaalAdresResource resource;

    DigitaalAdresController(DigitaalAdresResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, DigitaalAdresResponse> resource() {
        return resource;
    }
}
