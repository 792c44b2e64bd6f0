package nl.kcc.klantinteracties.api;

import java.util.UUID;

/** How one object of the API points at another: its uuid and its absolute URL. */
public record Reference(UUID uuid, String url) {}
