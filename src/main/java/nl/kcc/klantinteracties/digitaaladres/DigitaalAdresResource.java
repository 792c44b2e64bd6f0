package nl.kcc.klantinteracties.digitaaladres;

import static nl.kcc.klantinteracties.digitaaladres.DigitaalAdresFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResource;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/**
 * {@code /digitaleadressen}: e-mail addresses, telephone numbers and other handles of partijen and betrokkenen. It
 * is also the collection a partij's {@code digitaleAdressen} expand into. KISS finds contactverzoeken by phone number
 * or e-mail here: {@code adres} and {@code adres__icontains} are served by indexes.
 */
@Service
public class DigitaalAdresResource extends ApiResource<DigitaalAdres, DigitaalAdresResponse> {

    public static final String COLLECTION = "digitaleadressen";

    static final String REFERENTIE_BEZET =
            "De partij heeft al een digitaal adres met deze referentie en soortDigitaalAdres.";

    private static final Map<String, Expansion<DigitaalAdresResponse>> EXPANSIONS = Map.of(
            "verstrektDoorBetrokkene",
            Expansion.toOne(
                    "verstrektDoorBetrokkene",
                    BetrokkeneResource.COLLECTION,
                    r -> r.verstrektDoorBetrokkene() == null
                            ? null
                            : r.verstrektDoorBetrokkene().uuid()));

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "DigitaalAdres",
            "digitaal_adres",
            "digitale adressen",
            "digitaal adres",
            SCHEMA,
            DigitaalAdresRepository.FILTERS,
            List.of(
                    "verstrektDoorBetrokkene",
                    "verstrektDoorBetrokkene.hadKlantcontact",
                    "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken"),
            null);

    private final DigitaalAdresRepository repository;

    DigitaalAdresResource(ResourceSupport support, DigitaalAdresRepository repository) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
    }

    /** The addresses of a secret partij, and those only a betrokkene of a confidential klantcontact gave, are hidden. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.digitaalAdres(alias, context);
    }

    @Override
    protected DigitaalAdres initial(UUID uuid, ApiContext context) {
        return DigitaalAdres.nieuw(uuid);
    }

    @Override
    protected DigitaalAdres apply(
            Input input, DigitaalAdres current, WriteMode mode, Violations violations, ApiContext context) {
        UUID partij = input.getOr(VERSTREKT_DOOR_PARTIJ, current.partij());
        // Being the standard address is being the standard address of a partij: an address that goes to another
        // partij, or to none, is no longer it unless the request says so.
        boolean standaard =
                input.getOr(IS_STANDAARD_ADRES, current.isStandaardAdres() && Objects.equals(partij, current.partij()));
        var adres = new DigitaalAdres(
                current.uuid(),
                partij,
                input.getOr(VERSTREKT_DOOR_BETROKKENE, current.betrokkene()),
                input.getOr(ADRES, current.adres()),
                input.getOr(SOORT_DIGITAAL_ADRES, current.soortDigitaalAdres()),
                standaard,
                input.getOr(OMSCHRIJVING, current.omschrijving()),
                input.getOr(REFERENTIE, current.referentie()),
                input.getOr(VERIFICATIE_DATUM, current.verificatieDatum()));
        // Checked whenever the address or its kind changes, so that a PATCH of the kind alone cannot leave an
        // e-mail address that is not one.
        if (input.has(ADRES) || input.has(SOORT_DIGITAAL_ADRES)) {
            String reden = adres.adresReden();
            if (reden != null) {
                violations.add(ADRES.name(), "invalid", reden);
            }
        }
        if (adres.isStandaardAdres() && adres.partij() == null) {
            violations.add(
                    IS_STANDAARD_ADRES.name(),
                    "invalid",
                    "Alleen een adres van een partij (verstrektDoorPartij) kan haar standaardadres zijn.");
        }
        if (adres.partij() != null
                && !adres.referentie().isEmpty()
                && repository.referentieTaken(
                        adres.partij(), adres.referentie(), adres.soortDigitaalAdres(), adres.uuid())) {
            violations.add(Violations.NON_FIELD_ERRORS, "unique", REFERENTIE_BEZET);
        }
        return adres;
    }

    @Override
    protected List<DigitaalAdresResponse> show(List<DigitaalAdres> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(d -> new DigitaalAdresResponse(
                        d.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, d.uuid()),
                        urls.klantinteracties(BetrokkeneResource.COLLECTION, d.betrokkene()),
                        urls.klantinteracties(PartijResource.COLLECTION, d.partij()),
                        // A shown address is a stored one, and the table requires both.
                        Objects.requireNonNull(d.adres()),
                        Wire.of(Objects.requireNonNull(d.soortDigitaalAdres())),
                        d.isStandaardAdres(),
                        d.omschrijving(),
                        d.referentie(),
                        d.verificatieDatum(),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }

    @Override
    public Map<String, Expansion<DigitaalAdresResponse>> expansions() {
        return EXPANSIONS;
    }
}
