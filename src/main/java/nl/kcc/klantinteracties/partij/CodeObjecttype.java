package nl.kcc.klantinteracties.partij;

/** What a partij's identificator identifies in its register. */
public enum CodeObjecttype {
    NATUURLIJK_PERSOON,
    NIET_NATUURLIJK_PERSOON,
    VESTIGING
}
