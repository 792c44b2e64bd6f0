package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import org.jspecify.annotations.Nullable;

/** A partij as the API shows it, in the standard's order of fields. */
public record PartijResponse(
        UUID uuid,
        String url,
        @Nullable String nummer,
        String interneNotitie,
        List<Reference> betrokkenen,
        List<CategorieRelatieReference> categorieRelaties,
        List<Reference> digitaleAdressen,
        @Nullable Reference voorkeursDigitaalAdres,
        List<Reference> vertegenwoordigden,
        List<Reference> rekeningnummers,
        @Nullable Reference voorkeursRekeningnummer,
        List<PartijIdentificatorResponse> partijIdentificatoren,
        String soortPartij,
        @Nullable Boolean indicatieGeheimhouding,
        String voorkeurstaal,
        boolean indicatieActief,
        Adres bezoekadres,
        Adres correspondentieadres,
        @Nullable Object partijIdentificatie,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {

    /** A categorie the partij is placed in: the relation, with the categorie's name and the period. */
    public record CategorieRelatieReference(
            UUID uuid,
            String url,
            @Nullable String categorieNaam,
            @Nullable LocalDate beginDatum,
            @Nullable LocalDate eindDatum) {}

    public record Persoon(Contactnaam contactnaam, String volledigeNaam) {}

    public record Organisatie(String naam) {}

    public record Contactpersoon(
            @Nullable UUID uuid, @Nullable Reference werkteVoorPartij, Contactnaam contactnaam, String volledigeNaam) {}
}
