package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.RekeningnummerFields.*;

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
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /rekeningnummers}: the bank accounts of partijen. */
@Service
public class RekeningnummerResource extends ApiResource<Rekeningnummer, RekeningnummerResponse> {

    public static final String COLLECTION = "rekeningnummers";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Rekeningnummer",
            "rekeningnummer",
            "rekeningnummers",
            "rekeningnummer",
            SCHEMA,
            RekeningnummerRepository.FILTERS,
            List.of(),
            null);

    RekeningnummerResource(ResourceSupport support, RekeningnummerRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    /** The accounts of a secret partij are as hidden as the partij. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.vanPartij(alias + ".partij_uuid", context);
    }

    @Override
    protected Rekeningnummer initial(UUID uuid, ApiContext context) {
        return Rekeningnummer.nieuw(uuid);
    }

    @Override
    protected Rekeningnummer apply(
            Input input, Rekeningnummer current, WriteMode mode, Violations violations, ApiContext context) {
        return new Rekeningnummer(
                current.uuid(),
                input.getOr(PARTIJ, current.partij()),
                input.getOr(IBAN, current.iban()),
                input.getOr(BIC, current.bic()));
    }

    @Override
    protected List<RekeningnummerResponse> show(List<Rekeningnummer> items, boolean expanding, ApiContext context) {
        return items.stream()
                .map(r -> new RekeningnummerResponse(
                        r.uuid(),
                        context.urls().of(ApiPaths.KLANTINTERACTIES, COLLECTION, r.uuid()),
                        context.urls().klantinteracties(PartijResource.COLLECTION, r.partij()),
                        r.iban(),
                        r.bic()))
                .toList();
    }
}
