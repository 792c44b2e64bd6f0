package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.klantcontact.BetrokkeneFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /betrokkenen}: who took part in a klantcontact, and how they want to be reached about it. */
@Service
public class BetrokkeneResource extends ApiResource<Betrokkene, BetrokkeneResponse> {

    public static final String COLLECTION = "betrokkenen";

    /**
     * /betrokkenen itself offers only digitaleAdressen; the others serve the lists that include betrokkenen
     * ({@code /klantcontacten?expand=hadBetrokkenen.wasPartij}, {@code /partijen?expand=betrokkenen.hadKlantcontact},
     * {@code /digitaleadressen?expand=verstrektDoorBetrokkene.hadKlantcontact}).
     */
    private static final Map<String, Expansion<BetrokkeneResponse>> EXPANSIONS = Map.of(
            "digitaleAdressen",
            Expansion.toMany(
                    "digitaleAdressen",
                    "digitaleadressen",
                    r -> r.digitaleAdressen().stream().map(Reference::uuid).toList()),
            "wasPartij",
            Expansion.toOne(
                    "wasPartij",
                    "partijen",
                    r -> r.wasPartij() == null ? null : r.wasPartij().uuid()),
            "hadKlantcontact",
            Expansion.toOne(
                    "hadKlantcontact",
                    KlantcontactResource.COLLECTION,
                    r -> r.hadKlantcontact() == null
                            ? null
                            : r.hadKlantcontact().uuid()));

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Betrokkene",
            "betrokkene",
            "betrokkenen",
            "betrokkene",
            SCHEMA,
            BetrokkeneRepository.FILTERS,
            List.of("digitaleAdressen"),
            null);

    BetrokkeneResource(ResourceSupport support, BetrokkeneRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    /** A betrokkene of a confidential klantcontact is as hidden as the klantcontact. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.onderKlantcontact(alias + ".klantcontact_uuid", context);
    }

    @Override
    protected Betrokkene initial(UUID uuid, ApiContext context) {
        return Betrokkene.nieuw(uuid, null);
    }

    @Override
    protected Betrokkene apply(
            Input input, Betrokkene current, WriteMode mode, Violations violations, ApiContext context) {
        return apply(input, current);
    }

    /**
     * The betrokkene after applying its fields. A gegevensgroep that is sent replaces the stored one whole; sent as
     * null, it is cleared.
     */
    private static Betrokkene apply(Input input, Betrokkene current) {
        return new Betrokkene(
                current.uuid(),
                input.getOr(HAD_KLANTCONTACT, current.klantcontact()),
                input.getOr(WAS_PARTIJ, current.partij()),
                input.getOr(ROL, current.rol()),
                input.getOr(INITIATOR, current.initiator()),
                input.getOr(ORGANISATIENAAM, current.organisatienaam()),
                input.has(CONTACTNAAM) ? Contactnaam.from(input.get(CONTACTNAAM)) : current.contactnaam(),
                input.has(BEZOEKADRES) ? Adres.from(input.get(BEZOEKADRES)) : current.bezoekadres(),
                input.has(CORRESPONDENTIEADRES)
                        ? Adres.from(input.get(CORRESPONDENTIEADRES))
                        : current.correspondentieadres(),
                current.digitaleAdressen());
    }

    @Override
    public Map<String, Expansion<BetrokkeneResponse>> expansions() {
        return EXPANSIONS;
    }

    @Override
    protected List<BetrokkeneResponse> show(List<Betrokkene> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(b -> new BetrokkeneResponse(
                        b.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, b.uuid()),
                        urls.klantinteracties("partijen", b.partij()),
                        urls.klantinteracties(KlantcontactResource.COLLECTION, b.klantcontact()),
                        b.digitaleAdressen().stream()
                                .map(uuid -> urls.klantinteracties("digitaleadressen", uuid))
                                .toList(),
                        Objects.requireNonNullElse(b.bezoekadres(), Adres.LEEG),
                        Objects.requireNonNullElse(b.correspondentieadres(), Adres.LEEG),
                        Objects.requireNonNullElse(b.contactnaam(), Contactnaam.LEEG),
                        Contactnaam.volledigeNaam(b.contactnaam()),
                        // A shown betrokkene is a stored one, and the table requires its rol.
                        Wire.of(Objects.requireNonNull(b.rol())),
                        b.organisatienaam(),
                        b.initiator(),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }
}
