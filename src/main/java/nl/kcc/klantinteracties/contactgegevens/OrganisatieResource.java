package nl.kcc.klantinteracties.contactgegevens;

import static nl.kcc.klantinteracties.contactgegevens.OrganisatieFields.*;

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
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.springframework.stereotype.Service;

/** {@code /organisatie}: registering and correcting the contact details of organisations. */
@Service
public class OrganisatieResource extends ApiResource<Organisatie, OrganisatieResponse> {

    /** Singular, as the standard names this API's paths. */
    public static final String COLLECTION = "organisatie";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.CONTACTGEGEVENS,
            COLLECTION,
            "Organisatie",
            "contactgegevens_organisatie",
            "organisaties",
            "organisatie",
            SCHEMA,
            List.of(),
            List.of(),
            null);

    private final OrganisatieRepository repository;

    OrganisatieResource(ResourceSupport support, OrganisatieRepository repository) {
        super(support);
        this.repository = repository;
    }

    @Override
    public ResourceDescription description() {
        return DESCRIPTION;
    }

    @Override
    protected Page<Organisatie> findPage(SqlWhere where, PageRequest page, ApiContext context) {
        return repository.page(where, page);
    }

    @Override
    protected List<Organisatie> findAll(Collection<UUID> uuids, ApiContext context) {
        return repository.findAll(uuids);
    }

    @Override
    protected Optional<Organisatie> findForUpdate(UUID uuid, ApiContext context) {
        return repository.findForUpdate(uuid);
    }

    @Override
    protected void insert(Organisatie item) {
        repository.insert(item);
    }

    @Override
    protected void update(Organisatie item) {
        repository.update(item);
    }

    @Override
    protected void remove(Organisatie item) {
        repository.delete(item.uuid());
    }

    @Override
    protected UUID uuidOf(Organisatie item) {
        return item.uuid();
    }

    @Override
    protected Organisatie initial(UUID uuid, ApiContext context) {
        return Organisatie.nieuw(uuid);
    }

    @Override
    protected Organisatie apply(
            Input input, Organisatie current, WriteMode mode, Violations violations, ApiContext context) {
        return new Organisatie(
                current.uuid(),
                input.getOr(HANDELSNAAM, current.handelsnaam()),
                input.getOr(OPRICHTINGSDATUM, current.oprichtingsdatum()),
                input.getOr(OPHEFFINGSDATUM, current.opheffingsdatum()),
                input.has(ADRES) ? Adres.from(input.get(ADRES)) : current.adres());
    }

    @Override
    protected List<OrganisatieResponse> show(List<Organisatie> items, boolean expanding, ApiContext context) {
        return items.stream()
                .map(o -> new OrganisatieResponse(
                        o.uuid(),
                        context.urls().of(ApiPaths.CONTACTGEGEVENS, COLLECTION, o.uuid()),
                        o.handelsnaam(),
                        o.oprichtingsdatum(),
                        o.opheffingsdatum(),
                        o.adres()))
                .toList();
    }
}
