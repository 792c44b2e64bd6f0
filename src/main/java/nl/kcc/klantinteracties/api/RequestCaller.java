package nl.kcc.klantinteracties.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who the current request is for, as the security module authenticated it. The API's conventions need to know (an
 * idempotency key belongs to its caller, an application sees the confidential objects it registered itself) without
 * depending on how a caller is authenticated; the security module provides it.
 */
public interface RequestCaller {

    /** The application, with the person working through it when there is one ({@code werkplek:Nicole van Dijk}). */
    String name();

    /** The application whose token is behind the request, as stored with what it registers (ADR 0013); or null. */
    @Nullable
    UUID owner();
}
