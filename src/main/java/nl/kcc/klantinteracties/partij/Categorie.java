package nl.kcc.klantinteracties.partij;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;

/** A category partijen can be placed in, such as "ondernemer" or "VIP". */
public record Categorie(UUID uuid, String naam) implements Identified {}
