package nl.kcc.klantinteracties.partij;

import java.time.LocalDate;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/**
 * A partij placed in a categorie for a period.
 *
 * @param categorieNaam the name of the categorie, kept for showing it
 */
public record CategorieRelatie(
        UUID uuid,
        @Nullable UUID partij,
        @Nullable UUID categorie,
        @Nullable LocalDate beginDatum,
        @Nullable LocalDate eindDatum,
        @Nullable String categorieNaam)
        implements Identified {}
