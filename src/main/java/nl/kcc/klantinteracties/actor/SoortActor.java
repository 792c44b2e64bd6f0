package nl.kcc.klantinteracties.actor;

/** What kind of actor it is, which decides what its {@code actorIdentificatie} holds. */
public enum SoortActor {
    MEDEWERKER,
    GEAUTOMATISEERDE_ACTOR,
    ORGANISATORISCHE_EENHEID
}
