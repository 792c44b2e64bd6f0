package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.PartijIdentificatorFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /partij-identificatoren}: the numbers by which the BRP and the Handelsregister know partijen. */
@Service
public class PartijIdentificatorResource extends ApiResource<PartijIdentificator, PartijIdentificatorResponse> {

    public static final String COLLECTION = "partij-identificatoren";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "PartijIdentificator",
            "partij_identificator",
            "partij-identificatoren",
            "partij-identificator",
            SCHEMA,
            PartijIdentificatorRepository.FILTERS,
            List.of(),
            null);

    private final PartijIdentificatorChecks checks;

    PartijIdentificatorResource(
            ResourceSupport support, PartijIdentificatorRepository repository, PartijIdentificatorChecks checks) {
        super(support, DESCRIPTION, repository);
        this.checks = checks;
    }

    /** The identificatoren of a secret partij are as hidden as the partij: a BSN does not reveal it. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.vanPartij(alias + ".partij_uuid", context);
    }

    @Override
    protected void beforeDelete(PartijIdentificator item, ApiContext context) {
        checks.checkDeletable(Set.of(item.uuid()), List.of());
    }

    @Override
    protected PartijIdentificator initial(UUID uuid, ApiContext context) {
        return PartijIdentificator.nieuw(uuid, null);
    }

    @Override
    protected PartijIdentificator apply(
            Input input, PartijIdentificator current, WriteMode mode, Violations violations, ApiContext context) {
        PartijIdentificator item = apply(input, current);
        checks.check(
                List.of(new PartijIdentificatorChecks.Candidate(item, mode == WriteMode.CREATE ? null : current, "")),
                Set.of(),
                violations);
        return item;
    }

    /**
     * The identificator after applying the fields of a request, also of an item in a partij's
     * {@code partijIdentificatoren}. The four-part group is sent whole; what else is left out stays.
     */
    static PartijIdentificator apply(Input input, PartijIdentificator current) {
        Input groep = input.get(PARTIJ_IDENTIFICATOR);
        return new PartijIdentificator(
                current.uuid(),
                input.getOr(IDENTIFICEERDE_PARTIJ, current.partij()),
                input.getOr(ANDERE_PARTIJ_IDENTIFICATOR, current.anderePartijIdentificator()),
                groep == null ? current.codeObjecttype() : Wire.of(groep.get(CODE_OBJECTTYPE)),
                groep == null ? current.codeSoortObjectId() : Wire.of(groep.get(CODE_SOORT_OBJECT_ID)),
                groep == null ? current.objectId() : groep.get(OBJECT_ID),
                groep == null ? current.codeRegister() : Wire.of(groep.get(CODE_REGISTER)),
                input.getOr(SUB_IDENTIFICATOR_VAN, current.subIdentificatorVan()));
    }

    @Override
    protected List<PartijIdentificatorResponse> show(
            List<PartijIdentificator> items, boolean expanding, ApiContext context) {
        return items.stream().map(i -> show(i, context.urls(), expanding)).toList();
    }

    static PartijIdentificatorResponse show(PartijIdentificator i, Urls urls, boolean expanding) {
        return new PartijIdentificatorResponse(
                i.uuid(),
                urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, i.uuid()),
                urls.klantinteracties(PartijResource.COLLECTION, i.partij()),
                i.anderePartijIdentificator(),
                new PartijIdentificatorResponse.Groep(
                        i.codeObjecttype(), i.codeSoortObjectId(), i.objectId(), i.codeRegister()),
                urls.klantinteracties(COLLECTION, i.subIdentificatorVan()),
                expanding ? new LinkedHashMap<>() : null);
    }
}
