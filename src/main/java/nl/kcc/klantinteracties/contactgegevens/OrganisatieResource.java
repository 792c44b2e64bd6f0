package nl.kcc.klantinteracties.contactgegevens;

import static nl.kcc.klantinteracties.contactgegevens.OrganisatieFields.*;

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

    OrganisatieResource(ResourceSupport support, OrganisatieRepository repository) {
        super(support, DESCRIPTION, repository);
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
