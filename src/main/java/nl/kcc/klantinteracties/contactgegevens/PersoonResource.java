package nl.kcc.klantinteracties.contactgegevens;

import static nl.kcc.klantinteracties.contactgegevens.PersoonFields.*;

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

/** {@code /persoon}: registering and correcting the contact details of natural persons. */
@Service
public class PersoonResource extends ApiResource<Persoon, PersoonResponse> {

    /** Singular, as the standard names this API's paths. */
    public static final String COLLECTION = "persoon";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.CONTACTGEGEVENS,
            COLLECTION,
            "Persoon",
            "contactgegevens_persoon",
            "personen",
            "persoon",
            SCHEMA,
            List.of(),
            List.of(),
            null);

    PersoonResource(ResourceSupport support, PersoonRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    @Override
    protected Persoon initial(UUID uuid, ApiContext context) {
        return Persoon.nieuw(uuid);
    }

    @Override
    protected Persoon apply(Input input, Persoon current, WriteMode mode, Violations violations, ApiContext context) {
        return new Persoon(
                current.uuid(),
                input.getOr(GEBOORTEDATUM, current.geboortedatum()),
                input.getOr(OVERLIJDENSDATUM, current.overlijdensdatum()),
                input.getOr(GESLACHTSNAAM, current.geslachtsnaam()),
                input.getOr(GESLACHT, current.geslacht()),
                input.getOr(VOORVOEGSEL, current.voorvoegsel()),
                input.getOr(VOORNAMEN, current.voornamen()),
                input.has(ADRES) ? Adres.from(input.get(ADRES)) : current.adres());
    }

    @Override
    protected List<PersoonResponse> show(List<Persoon> items, boolean expanding, ApiContext context) {
        return items.stream()
                .map(p -> new PersoonResponse(
                        p.uuid(),
                        context.urls().of(ApiPaths.CONTACTGEGEVENS, COLLECTION, p.uuid()),
                        p.geboortedatum(),
                        p.overlijdensdatum(),
                        p.geslachtsnaam(),
                        p.geslacht(),
                        p.voorvoegsel(),
                        p.voornamen(),
                        p.adres()))
                .toList();
    }
}
