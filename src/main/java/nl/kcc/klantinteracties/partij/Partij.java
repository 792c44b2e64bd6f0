package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import org.jspecify.annotations.Nullable;

/**
 * A person or organisation the municipality deals with, with the contact data it may reuse. The lists at the end are
 * the objects that belong to or point at it: its digitale adressen, rekeningnummers and identificatoren (which a
 * request may replace), and its betrokkenen, the partijen it represents and its categorieën (which it only shows).
 *
 * @param partijIdentificatie the part that depends on the kind, or null when it was never given
 * @param werkteVoorPartij for a contactpersoon, the organisatie it works for
 */
public record Partij(
        UUID uuid,
        @Nullable String nummer,
        String interneNotitie,
        @Nullable SoortPartij soortPartij,
        @Nullable Boolean indicatieGeheimhouding,
        String voorkeurstaal,
        boolean indicatieActief,
        @Nullable Adres bezoekadres,
        @Nullable Adres correspondentieadres,
        @Nullable Identificatie partijIdentificatie,
        @Nullable UUID werkteVoorPartij,
        @Nullable UUID voorkeursDigitaalAdres,
        @Nullable UUID voorkeursRekeningnummer,
        List<UUID> digitaleAdressen,
        List<UUID> rekeningnummers,
        List<PartijIdentificator> partijIdentificatoren,
        List<UUID> betrokkenen,
        List<UUID> vertegenwoordigden,
        List<CategorieRelatieVerwijzing> categorieRelaties)
        implements Identified {

    /**
     * The part of a partij that depends on its kind: a persoon's contactnaam, an organisatie's naam, or a
     * contactpersoon's contactnaam and the uuid the standard gives the contactpersoon itself.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identificatie(
            @Nullable UUID uuid,
            @Nullable Contactnaam contactnaam,
            @Nullable String naam) {}

    /** How a partij shows one of its categorieën: the relation, with the categorie's name. */
    public record CategorieRelatieVerwijzing(
            UUID uuid, String categorieNaam, LocalDate beginDatum, LocalDate eindDatum) {}

    /** A partij being registered; the client's request fills in the rest. */
    static Partij nieuw(UUID uuid) {
        return new Partij(
                uuid, null, "", null, null, "", true, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    Partij metIdentificatoren(List<PartijIdentificator> identificatoren) {
        return new Partij(
                uuid,
                nummer,
                interneNotitie,
                soortPartij,
                indicatieGeheimhouding,
                voorkeurstaal,
                indicatieActief,
                bezoekadres,
                correspondentieadres,
                partijIdentificatie,
                werkteVoorPartij,
                voorkeursDigitaalAdres,
                voorkeursRekeningnummer,
                digitaleAdressen,
                rekeningnummers,
                identificatoren,
                betrokkenen,
                vertegenwoordigden,
                categorieRelaties);
    }
}
