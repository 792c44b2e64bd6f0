package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.VertegenwoordigingFields.*;

import java.util.List;
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
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/**
 * {@code /vertegenwoordigingen}: which partij acts for which. A partij shows the ones it acts for as its
 * {@code vertegenwoordigden}.
 */
@Service
public class VertegenwoordigingResource extends ApiResource<Vertegenwoordiging, VertegenwoordigingResponse> {

    public static final String COLLECTION = "vertegenwoordigingen";

    static final String AL_GEGEVEN = "Deze partij vertegenwoordigt die partij al.";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Vertegenwoordigden",
            "vertegenwoordiging",
            "vertegenwoordigingen",
            "vertegenwoordiging",
            SCHEMA,
            VertegenwoordigingRepository.FILTERS,
            List.of(),
            null);

    private final VertegenwoordigingRepository repository;

    VertegenwoordigingResource(ResourceSupport support, VertegenwoordigingRepository repository) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
    }

    /** A representation involving a secret partij is as hidden as the partij. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.vanPartij(alias + ".vertegenwoordigende_partij_uuid", context) + " and "
                + Vertrouwelijkheid.vanPartij(alias + ".vertegenwoordigde_partij_uuid", context);
    }

    @Override
    protected Vertegenwoordiging initial(UUID uuid, ApiContext context) {
        return Vertegenwoordiging.nieuw(uuid);
    }

    /** A partij does not act for itself, and acts for another once: the pair is checked as the request leaves it. */
    @Override
    protected Vertegenwoordiging apply(
            Input input, Vertegenwoordiging current, WriteMode mode, Violations violations, ApiContext context) {
        var item = new Vertegenwoordiging(
                current.uuid(),
                input.getOr(VERTEGENWOORDIGENDE_PARTIJ, current.vertegenwoordigendePartij()),
                input.getOr(VERTEGENWOORDIGDE_PARTIJ, current.vertegenwoordigdePartij()));
        if (item.vertegenwoordigendePartij() != null
                && item.vertegenwoordigendePartij().equals(item.vertegenwoordigdePartij())) {
            violations.add(
                    VERTEGENWOORDIGDE_PARTIJ.name(), "invalid", "Een partij kan niet zichzelf vertegenwoordigen.");
        } else if (repository.exists(item.vertegenwoordigendePartij(), item.vertegenwoordigdePartij(), item.uuid())) {
            violations.add(Violations.NON_FIELD_ERRORS, "unique", AL_GEGEVEN);
        }
        return item;
    }

    @Override
    protected List<VertegenwoordigingResponse> show(
            List<Vertegenwoordiging> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(v -> new VertegenwoordigingResponse(
                        v.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, v.uuid()),
                        urls.klantinteracties(PartijResource.COLLECTION, v.vertegenwoordigendePartij()),
                        urls.klantinteracties(PartijResource.COLLECTION, v.vertegenwoordigdePartij())))
                .toList();
    }
}
