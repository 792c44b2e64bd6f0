package nl.kcc.klantinteracties.partij.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.partij.CategorieResource;
import nl.kcc.klantinteracties.partij.CategorieResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + CategorieResource.COLLECTION)
class CategorieController extends ResourceController<CategorieResponse> {

    private final CategorieResource resource;

    CategorieController(CategorieResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, CategorieResponse> resource() {
        return resource;
    }
}
