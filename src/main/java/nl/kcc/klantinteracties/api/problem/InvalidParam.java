package nl.kcc.klantinteracties.api.problem;

/**
 * One rejected part of a request.
 *
 * @param name the dotted camelCase path of the field or query parameter, with list indices
 *     ({@code betrokkene.contactnaam.voornaam}, {@code partijIdentificatoren.0.partijIdentificator.objectId}), or
 *     {@code nonFieldErrors} for rules over several fields
 * @param code a stable, machine-readable code ({@code required}, {@code max_length}, {@code unique}, ...)
 * @param reason a sentence for the person who reads the response
 */
public record InvalidParam(String name, String code, String reason) {}
