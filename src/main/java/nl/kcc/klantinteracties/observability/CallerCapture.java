package nl.kcc.klantinteracties.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kcc.klantinteracties.security.ApiClient;
import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes on the request who asked (the token's name, or the medewerker's gebruikersnaam) for the access log, which is
 * written after authentication has cleared its context again. Ordered just after Spring Security's filter chain.
 */
@Order(-90)
class CallerCapture extends OncePerRequestFilter {

    static final String TOKEN = CallerCapture.class.getName() + ".token";
    static final String MEDEWERKER = CallerCapture.class.getName() + ".medewerker";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
            request.setAttribute(TOKEN, client.name());
        } else {
            Medewerker.of(authentication)
                    .ifPresent(medewerker -> request.setAttribute(MEDEWERKER, medewerker.gebruikersnaam()));
        }
        chain.doFilter(request, response);
    }
}
