package nl.kcc.klantinteracties.partij.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.partij.CategorieRelatieResource;
import nl.kcc.klantinteracties.partij.CategorieRelatieResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + CategorieRelatieResource.COLLECTION)
class CategorieRelatieController extends ResourceController<CategorieRelatieResponse> {

    private final CategorieRelatieResource resource;

    CategorieRelatieController(CategorieRelatieResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, CategorieRelatieResponse> resource() {
        return resource;
    }
}
