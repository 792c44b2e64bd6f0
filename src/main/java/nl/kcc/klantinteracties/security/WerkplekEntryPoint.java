package nl.kcc.klantinteracties.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Sends whoever is not (or no longer) logged in to the login page, saying why. A request htmx makes for part of a
 * page gets the address in {@code HX-Redirect}, so that the whole page goes there instead of the login form landing
 * inside the part.
 */
final class WerkplekEntryPoint implements AuthenticationEntryPoint, InvalidSessionStrategy {

    static final String LOGIN = "/werkplek/inloggen";
    static final String EXPIRED = "verlopen";
    static final String ENDED = "beeindigd";

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        toLogin(request, response, null);
    }

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A fresh session, so that the login form that follows has one for its CSRF token.
        request.getSession();
        toLogin(request, response, EXPIRED);
    }

    void toLogin(HttpServletRequest request, HttpServletResponse response, @Nullable String reason) throws IOException {
        String target = request.getContextPath() + LOGIN + (reason == null ? "" : "?" + reason);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }
}
