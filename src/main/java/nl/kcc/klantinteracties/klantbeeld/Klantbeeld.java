package nl.kcc.klantinteracties.klantbeeld;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.ListQuery;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResponse;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the klantbeeld together from the resources themselves, so that it shows exactly what their endpoints show and
 * hides what they hide: a partij the caller may not see has no klantbeeld, and a confidential klantcontact (or its
 * task) is in it only for a caller with the vertrouwelijk scope. It costs a fixed number of queries whatever the
 * number of contacts.
 */
@Service
public class Klantbeeld {

    /** The klantcontacten of a partij: those one of whose betrokkenen was the partij. */
    private static final String VAN_PARTIJ =
            "exists (select 1 from betrokkene b where b.klantcontact_uuid = k.uuid and b.partij_uuid = ?)";

    private static final List<String> KLANTCONTACT_EXPAND =
            List.of("hadBetrokkenen", "gingOverOnderwerpobjecten", "omvatteBijlagen");

    private final PartijResource partijen;
    private final KlantcontactResource klantcontacten;
    private final InterneTaakResource interneTaken;
    private final DigitaalAdresResource digitaleAdressen;
    private final JdbcClient jdbc;

    Klantbeeld(
            PartijResource partijen,
            KlantcontactResource klantcontacten,
            InterneTaakResource interneTaken,
            DigitaalAdresResource digitaleAdressen,
            JdbcClient jdbc) {
        this.partijen = partijen;
        this.klantcontacten = klantcontacten;
        this.interneTaken = interneTaken;
        this.digitaleAdressen = digitaleAdressen;
        this.jdbc = jdbc;
    }

    /**
     * The klantbeeld of a partij.
     *
     * @param contacten which page of the partij's klantcontacten, newest first
     * @param digitaleAdressen the partij's digitale adressen, the one it prefers marked
     * @param openInterneTaken the tasks still to do that its contacts led to, the longest-waiting klant first
     */
    public record Beeld(
            PartijResponse partij,
            List<Adres> digitaleAdressen,
            Page<KlantcontactResponse> contacten,
            List<OpenTaak> openInterneTaken) {}

    /** A digitaal adres of the partij, and whether it is the one the partij prefers. */
    public record Adres(boolean voorkeur, DigitaalAdresResponse digitaalAdres) {}

    /** A task still to do, and since when the klant has been waiting: the moment of the contact it came from. */
    public record OpenTaak(OffsetDateTime wachtendSinds, InterneTaakResponse interneTaak) {}

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Beeld of(UUID partij, PageRequest contacten, ApiContext context) {
        PartijResponse shown = partijen.get(partij, ExpandTree.NONE, context);
        UUID voorkeur = shown.voorkeursDigitaalAdres() == null
                ? null
                : shown.voorkeursDigitaalAdres().uuid();
        List<UUID> adresUuids =
                shown.digitaleAdressen().stream().map(Reference::uuid).toList();
        Map<UUID, DigitaalAdresResponse> adressen =
                adresUuids.isEmpty() ? Map.of() : digitaleAdressen.showAll(adresUuids, ExpandTree.NONE, context);
        var beeldAdressen = adresUuids.stream()
                .filter(adressen::containsKey)
                .map(uuid -> new Adres(uuid.equals(voorkeur), Objects.requireNonNull(adressen.get(uuid))))
                .toList();

        var where = new SqlWhere().and(VAN_PARTIJ, partij);
        var expand = ExpandTree.parse(KLANTCONTACT_EXPAND, KLANTCONTACT_EXPAND, new Violations());
        Page<KlantcontactResponse> page = klantcontacten.list(new ListQuery(where, contacten, expand), context);

        return new Beeld(shown, beeldAdressen, page, openInterneTaken(partij, context));
    }

    /**
     * The open tasks of the partij's contacts, ordered by how long the klant has waited (B8694: the contact's moment,
     * not the task's).
     */
    private List<OpenTaak> openInterneTaken(UUID partij, ApiContext context) {
        var wachtendSinds = new LinkedHashMap<UUID, OffsetDateTime>();
        record Wachtend(UUID taak, OffsetDateTime sinds) {}
        jdbc.sql("""
                        select t.uuid, k.plaatsgevonden_op from internetaak t
                        join klantcontact k on k.uuid = t.klantcontact_uuid
                        where t.status = 'te_verwerken' and %s and %s
                        order by k.plaatsgevonden_op, t.creation_order""".formatted(VAN_PARTIJ, Vertrouwelijkheid.klantcontact("k", context)))
                .param(partij)
                .query((rs, row) -> new Wachtend(
                        Rows.uuid(rs, "uuid"), Objects.requireNonNull(Rows.dateTime(rs, "plaatsgevonden_op"))))
                .list()
                .forEach(wachtend -> wachtendSinds.put(wachtend.taak(), wachtend.sinds()));
        if (wachtendSinds.isEmpty()) {
            return List.of();
        }
        Map<UUID, InterneTaakResponse> taken = interneTaken.showAll(wachtendSinds.keySet(), ExpandTree.NONE, context);
        return wachtendSinds.entrySet().stream()
                .filter(entry -> taken.containsKey(entry.getKey()))
                .map(entry -> new OpenTaak(entry.getValue(), Objects.requireNonNull(taken.get(entry.getKey()))))
                .toList();
    }
}
