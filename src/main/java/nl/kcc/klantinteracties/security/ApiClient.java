package nl.kcc.klantinteracties.security;

import java.util.UUID;

/**
 * The application behind a request: whose token it presented.
 *
 * @param tokenId the token
 * @param name the application's name, as recorded with every change it makes
 */
public record ApiClient(UUID tokenId, String name) {}
