package nl.kcc.klantinteracties.partij;

import java.time.LocalDate;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;

/**
 * A partij placed in a categorie for a period.
 *
 * @param categorieNaam the name of the categorie, kept for showing it
 */
public record CategorieRelatie(
        UUID uuid, UUID partij, UUID categorie, LocalDate beginDatum, LocalDate eindDatum, String categorieNaam)
        implements Identified {}
