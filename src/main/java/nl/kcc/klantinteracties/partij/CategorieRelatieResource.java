package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.CategorieRelatieFields.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/**
 * {@code /categorie-relaties}: which partij is in which categorie, and when (experimental in the standard). It is also
 * the collection a partij's {@code categorieRelaties} expand into.
 */
@Service
public class CategorieRelatieResource extends ApiResource<CategorieRelatie, CategorieRelatieResponse> {

    public static final String COLLECTION = "categorie-relaties";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "CategorieRelatie",
            "categorie_relatie",
            "categorie relaties",
            "categorie-relatie",
            SCHEMA,
            CategorieRelatieRepository.FILTERS,
            List.of(),
            null);

    private final CategorieRelatieRepository repository;

    CategorieRelatieResource(ResourceSupport support, CategorieRelatieRepository repository) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
    }

    /** The categorieën of a secret partij are as hidden as the partij. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.vanPartij(alias + ".partij_uuid", context);
    }

    @Override
    protected CategorieRelatie initial(UUID uuid, ApiContext context) {
        return new CategorieRelatie(uuid, null, null, null, null, null);
    }

    /** A new relation starts today unless the client says when; it cannot end before it starts. */
    @Override
    protected CategorieRelatie apply(
            Input input, CategorieRelatie current, WriteMode mode, Violations violations, ApiContext context) {
        LocalDate begin = input.getOr(BEGIN_DATUM, current.beginDatum());
        if (mode == WriteMode.CREATE && begin == null) {
            begin = LocalDate.now(Texts.LOCAL_ZONE);
        }
        LocalDate eind = input.getOr(EIND_DATUM, current.eindDatum());
        if (begin != null && eind != null && eind.isBefore(begin)) {
            violations.add(EIND_DATUM.name(), "invalid", "De eindDatum kan niet voor de beginDatum liggen.");
        }
        return new CategorieRelatie(
                current.uuid(),
                input.getOr(PARTIJ, current.partij()),
                input.getOr(CATEGORIE, current.categorie()),
                begin,
                eind,
                current.categorieNaam());
    }

    /** The relation with the name of the categorie it now has. */
    @Override
    protected CategorieRelatie stored(CategorieRelatie item, ApiContext context) {
        return repository.findAll(List.of(item.uuid()), "true", context).getFirst();
    }

    @Override
    protected List<CategorieRelatieResponse> show(List<CategorieRelatie> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(r -> new CategorieRelatieResponse(
                        r.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, r.uuid()),
                        urls.klantinteracties(PartijResource.COLLECTION, r.partij()),
                        r.categorie() == null
                                ? null
                                : new CategorieRelatieResponse.CategorieReference(
                                        r.categorie(),
                                        urls.of(ApiPaths.KLANTINTERACTIES, CategorieResource.COLLECTION, r.categorie()),
                                        r.categorieNaam()),
                        r.beginDatum(),
                        r.eindDatum()))
                .toList();
    }
}
