package nl.kcc.klantinteracties.partij.api;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceController;
import nl.kcc.klantinteracties.partij.RekeningnummerResource;
import nl.kcc.klantinteracties.partij.RekeningnummerResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.KLANTINTERACTIES + "/" + RekeningnummerResource.COLLECTION)
class RekeningnummerController extends ResourceController<RekeningnummerResponse> {

    private final RekeningnummerResource resource;

    RekeningnummerController(RekeningnummerResource resource) {
        this.resource = resource;
    }

    @Override
    protected ApiResource<?, RekeningnummerResponse> resource() {
        return resource;
    }
}
