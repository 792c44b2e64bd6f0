package nl.kcc.klantinteracties.api;

/**
 * What the register knows of the request it is answering, handed to the code that reads and shows objects: where the
 * client reached the register.
 */
public record ApiContext(Urls urls) {}
