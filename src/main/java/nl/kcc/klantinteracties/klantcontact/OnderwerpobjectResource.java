package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.klantcontact.OnderwerpobjectFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code /onderwerpobjecten}: what klantcontacten were about. */
@Service
public class OnderwerpobjectResource extends ApiResource<Onderwerpobject, OnderwerpobjectResponse> {

    public static final String COLLECTION = "onderwerpobjecten";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Onderwerpobject",
            "onderwerpobject",
            "onderwerpobjecten",
            "onderwerpobject",
            SCHEMA,
            OnderwerpobjectRepository.FILTERS,
            List.of(),
            null);

    private final OnderwerpobjectRepository repository;
    private final KlantcontactResource klantcontacten;

    OnderwerpobjectResource(
            ResourceSupport support, OnderwerpobjectRepository repository, KlantcontactResource klantcontacten) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
        this.klantcontacten = klantcontacten;
    }

    /** An onderwerpobject of a confidential klantcontact is as hidden as the klantcontact. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.onderKlantcontact(
                "coalesce(" + alias + ".klantcontact_uuid, " + alias + ".was_klantcontact_uuid)", context);
    }

    @Override
    protected Onderwerpobject initial(UUID uuid, ApiContext context) {
        return Onderwerpobject.nieuw(uuid, null);
    }

    @Override
    protected Onderwerpobject apply(
            Input input, Onderwerpobject current, WriteMode mode, Violations violations, ApiContext context) {
        return apply(input, current);
    }

    /** The onderwerpobject after applying its fields; an identificator that is sent replaces the stored one whole. */
    private static Onderwerpobject apply(Input input, Onderwerpobject current) {
        return new Onderwerpobject(
                current.uuid(),
                input.getOr(KLANTCONTACT, current.klantcontact()),
                input.getOr(WAS_KLANTCONTACT, current.wasKlantcontact()),
                input.has(ONDERWERPOBJECTIDENTIFICATOR)
                        ? Identificator.from(input.get(ONDERWERPOBJECTIDENTIFICATOR))
                        : current.identificator());
    }

    /**
     * Deletes the onderwerpobject and, with it, each klantcontact it points at that no other onderwerpobject points
     * at; those klantcontacten take their betrokkenen, bijlagen, interne taken and actoren-links with them.
     *
     * @return the URLs of the klantcontacten kept because another onderwerpobject still points at them
     */
    @Transactional
    public List<String> deleteCascading(UUID uuid, ApiContext context) {
        Onderwerpobject current = findForUpdate(uuid, context).orElseThrow(ApiException::notFound);
        // A klantcontact that is both this object's klantcontact and its wasKlantcontact is decided on once.
        Set<UUID> targets = current.klantcontacten();
        repository.lockKlantcontacten(targets);
        Set<UUID> inUse = targets.isEmpty() ? Set.of() : repository.klantcontactenInUse(targets, uuid);
        // Deleting the object first keeps its own deletion a change of its own, rather than a side effect of the
        // klantcontact's foreign key.
        delete(uuid, context);
        // The client's If-Match names the version of this object; it did not read the klantcontacten that go along.
        var cascaded = context.withIfMatch(null);
        var behouden = new ArrayList<String>();
        for (UUID klantcontact : targets) {
            if (inUse.contains(klantcontact)) {
                behouden.add(
                        context.urls().of(ApiPaths.KLANTINTERACTIES, KlantcontactResource.COLLECTION, klantcontact));
            } else {
                // A cascade is for clearing out a contact whole: what its betrokkenen gave for it alone goes too.
                ApiResource<?, ?> digitaleAdressen = support.resource("digitaleadressen");
                for (UUID adres : repository.adressenAlleenVan(klantcontact)) {
                    digitaleAdressen.delete(adres, ApiContext.internal(context.urls()));
                }
                klantcontacten.delete(klantcontact, cascaded);
            }
        }
        return behouden;
    }

    @Override
    protected List<OnderwerpobjectResponse> show(List<Onderwerpobject> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(o -> new OnderwerpobjectResponse(
                        o.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, o.uuid()),
                        urls.klantinteracties(KlantcontactResource.COLLECTION, o.klantcontact()),
                        urls.klantinteracties(KlantcontactResource.COLLECTION, o.wasKlantcontact()),
                        Objects.requireNonNullElse(o.identificator(), Identificator.LEEG)))
                .toList();
    }
}
