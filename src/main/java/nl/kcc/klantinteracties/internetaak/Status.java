package nl.kcc.klantinteracties.internetaak;

/** How far an interne taak has got. */
public enum Status {
    TE_VERWERKEN,
    VERWERKT
}
