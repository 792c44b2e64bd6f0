package nl.kcc.klantinteracties.partij;

import java.util.UUID;

/** A category partijen can be placed in, such as "ondernemer" or "VIP". */
public record Categorie(UUID uuid, String naam) {}
