package nl.kcc.klantinteracties.api.resource;

import java.util.UUID;

/** A stored object, known by its uuid; every family's record is one. */
public interface Identified {

    UUID uuid();
}
