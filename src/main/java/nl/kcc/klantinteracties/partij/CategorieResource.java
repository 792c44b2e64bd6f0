package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.CategorieFields.*;

import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import org.springframework.stereotype.Service;

/** {@code /categorieen}: the categories partijen can be placed in (experimental in the standard). */
@Service
public class CategorieResource extends ApiResource<Categorie, CategorieResponse> {

    public static final String COLLECTION = "categorieen";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Categorie",
            "categorie",
            "categorieen",
            "categorie",
            SCHEMA,
            List.of(),
            List.of(),
            null);

    CategorieResource(ResourceSupport support, CategorieRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    @Override
    protected Categorie initial(UUID uuid, ApiContext context) {
        return new Categorie(uuid, "");
    }

    @Override
    protected Categorie apply(
            Input input, Categorie current, WriteMode mode, Violations violations, ApiContext context) {
        return new Categorie(current.uuid(), input.getOr(NAAM, current.naam()));
    }

    @Override
    protected List<CategorieResponse> show(List<Categorie> items, boolean expanding, ApiContext context) {
        return items.stream()
                .map(c -> new CategorieResponse(
                        c.uuid(), context.urls().of(ApiPaths.KLANTINTERACTIES, COLLECTION, c.uuid()), c.naam()))
                .toList();
    }
}
