package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.CategorieFields.*;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.Dependents;
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

    private final CategorieRepository repository;

    CategorieResource(ResourceSupport support, CategorieRepository repository) {
        super(support);
        this.repository = repository;
    }

    @Override
    public ResourceDescription description() {
        return DESCRIPTION;
    }

    /** The relations to the categorie go with it. */
    @Override
    protected List<Dependents> dependents() {
        return List.of(Dependents.removed(
                CategorieRelatieResource.COLLECTION,
                "select uuid from categorie_relatie where categorie_uuid = any(?)"));
    }

    @Override
    protected Page<Categorie> findPage(SqlWhere where, PageRequest page, ApiContext context) {
        return repository.page(where, page);
    }

    @Override
    protected List<Categorie> findAll(Collection<UUID> uuids, ApiContext context) {
        return repository.findAll(uuids);
    }

    @Override
    protected Optional<Categorie> findForUpdate(UUID uuid, ApiContext context) {
        return repository.findForUpdate(uuid);
    }

    @Override
    protected void insert(Categorie item) {
        repository.insert(item);
    }

    @Override
    protected void update(Categorie item) {
        repository.update(item);
    }

    @Override
    protected void remove(Categorie item) {
        repository.delete(item.uuid());
    }

    @Override
    protected UUID uuidOf(Categorie item) {
        return item.uuid();
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
