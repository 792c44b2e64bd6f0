package nl.kcc.klantinteracties.internetaak;

import static nl.kcc.klantinteracties.internetaak.InterneTaakFields.*;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code /internetaken}: the follow-up of klantcontacten, who it is assigned to and whether it is done. It is also the
 * collection {@code internetaken} that a klantcontact's {@code leiddeTotInterneTaken} expands into.
 */
@Service
public class InterneTaakResource extends ApiResource<InterneTaak, InterneTaakResponse> {

    public static final String COLLECTION = "internetaken";

    /** The assignment table numbers the actors of a task in a smallint. */
    private static final int MAXIMUM_ACTOREN = Short.MAX_VALUE;

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "InterneTaak",
            "internetaak",
            "interne taken",
            "interne taak",
            SCHEMA,
            InterneTaakRepository.FILTERS,
            List.of(),
            null);

    private final InterneTaakRepository repository;

    InterneTaakResource(ResourceSupport support, InterneTaakRepository repository) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
    }

    /** A task that a confidential klantcontact led to is as hidden as the klantcontact. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.onderKlantcontact(alias + ".klantcontact_uuid", context);
    }

    @Override
    protected void afterWrite(Input input, @Nullable InterneTaak before, InterneTaak after, ApiContext context) {
        if (before == null || !before.actoren().equals(after.actoren())) {
            repository.assign(after.uuid(), after.actoren());
        }
    }

    @Override
    protected InterneTaak initial(UUID uuid, ApiContext context) {
        return InterneTaak.nieuw(uuid, support.now());
    }

    @Override
    protected InterneTaak apply(
            Input input, InterneTaak current, WriteMode mode, Violations violations, ApiContext context) {
        var taak = new InterneTaak(
                current.uuid(),
                // An empty number is no number: clients send "" for "none", and two of those are not a clash.
                emptyAsNull(input.getOr(NUMMER, current.nummer())),
                emptyAsNull(input.getOr(REFERENTIENUMMER, current.referentienummer())),
                input.getOr(GEVRAAGDE_HANDELING, current.gevraagdeHandeling()),
                input.getOr(AANLEIDINGGEVEND_KLANTCONTACT, current.klantcontact()),
                current.actoren(),
                input.getOr(TOELICHTING, current.toelichting()),
                current.status(),
                current.toegewezenOp(),
                current.afgehandeldOp());
        taak = assign(taak, input, mode, violations);
        taak = withStatus(taak, input, violations);
        checkUnique("nummer", taak.nummer(), current, violations);
        checkUnique("referentienummer", taak.referentienummer(), current, violations);
        return taak;
    }

    /**
     * Assigns the task as the request says. The standard has the list {@code toegewezenAanActoren} and, deprecated,
     * the single {@code toegewezenAanActor}; a request uses exactly one of them, except that a PATCH may leave the
     * assignment alone by sending neither. What counts is which keys were sent, not their values.
     */
    private InterneTaak assign(InterneTaak taak, Input input, WriteMode mode, Violations violations) {
        boolean een = input.has(TOEGEWEZEN_AAN_ACTOR);
        boolean lijst = input.has(TOEGEWEZEN_AAN_ACTOREN);
        if (een && lijst) {
            violations.add(
                    Violations.NON_FIELD_ERRORS,
                    "invalid",
                    "Gebruik toegewezenAanActoren of toegewezenAanActor, niet allebei.");
            return taak;
        }
        if (een) {
            return taak.toegewezenAan(List.of(Objects.requireNonNull(input.get(TOEGEWEZEN_AAN_ACTOR))));
        }
        if (lijst) {
            List<UUID> actoren = input.getOr(TOEGEWEZEN_AAN_ACTOREN, List.of());
            checkActoren(actoren, violations);
            return taak.toegewezenAan(actoren);
        }
        if (mode.requiresMandatoryFields()) {
            violations.add(
                    Violations.NON_FIELD_ERRORS,
                    "invalid",
                    "Geef toegewezenAanActoren op (of het verouderde toegewezenAanActor): aan wie is de taak"
                            + " toegewezen?");
        }
        return taak;
    }

    private static void checkActoren(List<UUID> actoren, Violations violations) {
        if (actoren.size() > MAXIMUM_ACTOREN) {
            violations.add(
                    TOEGEWEZEN_AAN_ACTOREN.name(),
                    "max_length",
                    "Een taak kan aan hoogstens " + MAXIMUM_ACTOREN + " actoren worden toegewezen.");
            return;
        }
        var seen = new HashSet<UUID>();
        for (int i = 0; i < actoren.size(); i++) {
            if (!seen.add(actoren.get(i))) {
                violations.add(
                        TOEGEWEZEN_AAN_ACTOREN.name() + "." + i + ".uuid",
                        "unique",
                        "Deze actor staat al eerder in de lijst.");
            }
        }
    }

    /**
     * Applies the status. A time of handling belongs to a handled task only: one sent with another status is refused,
     * a task that becomes {@code verwerkt} without one is handled now, and a task that goes back loses it.
     */
    private InterneTaak withStatus(InterneTaak taak, Input input, Violations violations) {
        Status status = input.getOr(STATUS, taak.status());
        OffsetDateTime afgehandeldOp = Times.normalize(input.get(AFGEHANDELD_OP));
        if (status == Status.VERWERKT) {
            return taak.markVerwerkt(afgehandeldOp, support.now());
        }
        if (afgehandeldOp != null) {
            violations.add(
                    AFGEHANDELD_OP.name(),
                    "invalid",
                    "Een interne taak kan alleen een afgehandeldOp hebben als de status 'verwerkt' is.");
        }
        return taak.markTeVerwerken();
    }

    private void checkUnique(String field, @Nullable String value, InterneTaak current, Violations violations) {
        if (value != null && repository.taken(field, value, current.uuid())) {
            violations.add(field, "unique", bezet(field));
        }
    }

    static String bezet(String field) {
        return "Er bestaat al een interne taak met dit " + field + ".";
    }

    private static @Nullable String emptyAsNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    protected List<InterneTaakResponse> show(List<InterneTaak> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(t -> {
                    var actoren = t.actoren().stream()
                            .map(uuid -> urls.klantinteracties(ActorResource.COLLECTION, uuid))
                            .toList();
                    return new InterneTaakResponse(
                            t.uuid(),
                            urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, t.uuid()),
                            t.nummer(),
                            t.referentienummer(),
                            t.gevraagdeHandeling(),
                            urls.klantinteracties(KlantcontactResource.COLLECTION, t.klantcontact()),
                            // The deprecated single actor is the first of the list; with none, there is none.
                            actoren.isEmpty() ? null : actoren.getFirst(),
                            actoren,
                            t.toelichting(),
                            Wire.of(t.status()),
                            t.toegewezenOp(),
                            t.afgehandeldOp(),
                            expanding ? new LinkedHashMap<>() : null);
                })
                .toList();
    }
}
