package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.klantcontact.BijlageFields.*;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /bijlagen}: the documents and other objects a klantcontact included. */
@Service
public class BijlageResource extends ApiResource<Bijlage, BijlageResponse> {

    public static final String COLLECTION = "bijlagen";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Bijlage",
            "bijlage",
            "bijlagen",
            "bijlage",
            SCHEMA,
            BijlageRepository.FILTERS,
            List.of(),
            null);

    BijlageResource(ResourceSupport support, BijlageRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    /** A bijlage of a confidential klantcontact is as hidden as the klantcontact. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.onderKlantcontact(alias + ".klantcontact_uuid", context);
    }

    @Override
    protected Bijlage initial(UUID uuid, ApiContext context) {
        return Bijlage.nieuw(uuid);
    }

    /** An identificator that is sent replaces the stored one whole; sent as null, it is cleared. */
    @Override
    protected Bijlage apply(Input input, Bijlage current, WriteMode mode, Violations violations, ApiContext context) {
        return new Bijlage(
                current.uuid(),
                input.getOr(WAS_BIJLAGE_VAN_KLANTCONTACT, current.klantcontact()),
                input.has(BIJLAGEIDENTIFICATOR)
                        ? Identificator.from(input.get(BIJLAGEIDENTIFICATOR))
                        : current.identificator());
    }

    @Override
    protected List<BijlageResponse> show(List<Bijlage> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(b -> new BijlageResponse(
                        b.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, b.uuid()),
                        urls.klantinteracties(KlantcontactResource.COLLECTION, b.klantcontact()),
                        Objects.requireNonNullElse(b.identificator(), Identificator.LEEG)))
                .toList();
    }
}
