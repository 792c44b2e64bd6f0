package nl.kcc.klantinteracties.samenvoegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.Change.Action;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResource;
import nl.kcc.klantinteracties.partij.CategorieRelatieResource;
import nl.kcc.klantinteracties.partij.PartijIdentificatorResource;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.partij.RekeningnummerResource;
import nl.kcc.klantinteracties.partij.VertegenwoordigingResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes one partij of two that are one person or organisation (ADR 0024): the betrokkenen, digitale adressen,
 * identificatoren, rekeningnummers, categorieën, vertegenwoordigingen and contactpersonen of the one that goes are
 * moved to the one that stays, and the one that goes is deleted, in one transaction. Every object that changes is
 * recorded as the API records a change, with its audit entry and its notification; what moves costs one statement per
 * table, not one per object.
 */
@Service
public class PartijenSamenvoegen {

    /** Why two partijen cannot be made one; said to the beheerder as it is. */
    public static final class Geweigerd extends RuntimeException {
        private final String reden;

        Geweigerd(String reden) {
            super(reden);
            this.reden = reden;
        }

        /** Why, in words for the beheerder. */
        public String reden() {
            return reden;
        }
    }

    /** The partij that went, as it was, and the one that stays, as it is now. */
    public record Samengevoegd(PartijResponse vervallen, PartijResponse blijft) {}

    private final SamenvoegenRepository repository;
    private final PartijResource partijen;
    private final Map<String, ApiResource<?, ?>> perTabel = new LinkedHashMap<>();

    PartijenSamenvoegen(
            SamenvoegenRepository repository,
            PartijResource partijen,
            BetrokkeneResource betrokkenen,
            DigitaalAdresResource digitaleAdressen,
            PartijIdentificatorResource identificatoren,
            RekeningnummerResource rekeningnummers,
            CategorieRelatieResource categorieRelaties,
            VertegenwoordigingResource vertegenwoordigingen) {
        this.repository = repository;
        this.partijen = partijen;
        perTabel.put("partij", partijen);
        perTabel.put("betrokkene", betrokkenen);
        perTabel.put("digitaal_adres", digitaleAdressen);
        perTabel.put("partij_identificator", identificatoren);
        perTabel.put("rekeningnummer", rekeningnummers);
        perTabel.put("categorie_relatie", categorieRelaties);
        perTabel.put("vertegenwoordiging", vertegenwoordigingen);
    }

    /**
     * The two partijen as the caller sees them, the one that goes first; refused when they cannot be made one. A
     * partij the caller may not see is not found, like one that does not exist.
     */
    @Transactional(readOnly = true)
    public List<PartijResponse> beide(UUID vervalt, UUID blijft, ApiContext context) {
        if (vervalt.equals(blijft)) {
            throw new Geweigerd(
                    "Dat is twee keer dezelfde partij: kies de partij die vervalt en een andere die blijft.");
        }
        Map<UUID, PartijResponse> gevonden = partijen.showAll(List.of(vervalt, blijft), ExpandTree.NONE, context);
        for (UUID uuid : List.of(vervalt, blijft)) {
            if (!gevonden.containsKey(uuid)) {
                throw new Geweigerd("De partij " + uuid + " is niet gevonden.");
            }
        }
        PartijResponse weg = Objects.requireNonNull(gevonden.get(vervalt));
        PartijResponse blijvend = Objects.requireNonNull(gevonden.get(blijft));
        var redenen = new ArrayList<String>();
        if (!weg.soortPartij().equals(blijvend.soortPartij())) {
            redenen.add("De ene is een " + weg.soortPartij() + ", de andere een " + blijvend.soortPartij() + ".");
        }
        for (String soort : repository.identificatorenAanBeideKanten(vervalt, blijft)) {
            redenen.add("Beide hebben een identificator van soort " + soort + "; twee partijen met elk een eigen "
                    + soort + " zijn niet dezelfde.");
        }
        for (String referentie : repository.referentiesAanBeideKanten(vervalt, blijft)) {
            redenen.add("Beide hebben een digitaal adres met referentie '" + referentie
                    + "'; geef een van beide eerst een andere referentie.");
        }
        if (!redenen.isEmpty()) {
            throw new Geweigerd("Deze partijen kunnen niet worden samengevoegd. " + String.join(" ", redenen));
        }
        return List.of(weg, blijvend);
    }

    /** Makes one partij of the two; the checks of {@link #beide} are made again, under the lock. */
    @Transactional
    public Samengevoegd voegSamen(UUID vervalt, UUID blijft, ApiContext context) {
        repository.lock(vervalt, blijft);
        PartijResponse weg = beide(vervalt, blijft, context).getFirst();
        Map<String, List<UUID>> verhuist = repository.watVerhuist(vervalt);
        var voor = new LinkedHashMap<String, ApiResource.Snapshot>();
        var uuids = new LinkedHashMap<String, List<UUID>>();
        for (var tabel : perTabel.entrySet()) {
            List<UUID> betrokken = new ArrayList<>(verhuist.getOrDefault(tabel.getKey(), List.of()));
            if (tabel.getKey().equals("partij")) {
                betrokken.add(blijft);
            }
            if (!betrokken.isEmpty()) {
                uuids.put(tabel.getKey(), betrokken);
                voor.put(tabel.getKey(), tabel.getValue().snapshot(betrokken, context));
            }
        }
        repository.verhuis(vervalt, blijft);
        for (var tabel : voor.entrySet()) {
            Objects.requireNonNull(perTabel.get(tabel.getKey()))
                    .recordSince(
                            tabel.getValue(),
                            Objects.requireNonNull(uuids.get(tabel.getKey())),
                            Action.PARTIAL_UPDATE,
                            context);
        }
        return new Samengevoegd(
                weg,
                Objects.requireNonNull(partijen.showAll(List.of(blijft), ExpandTree.NONE, context)
                        .get(blijft)));
    }
}
