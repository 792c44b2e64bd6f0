package nl.kcc.klantinteracties.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides which address the register has for a request, and so the host of object URLs, {@code Location} headers and
 * the URLs in notifications: anyone can send {@code X-Forwarded-Host}, so it counts only when the request comes from a
 * configured proxy ({@code klantinteracties.trusted-proxies}), and not at all when the operator gave the public
 * address ({@code klantinteracties.public-base-url}). From anyone else the forwarded headers are removed unread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProxyHeadersFilter extends OncePerRequestFilter {

    private static final List<String> FORWARDED = List.of(
            "forwarded",
            "x-forwarded-host",
            "x-forwarded-port",
            "x-forwarded-proto",
            "x-forwarded-prefix",
            "x-forwarded-ssl",
            "x-forwarded-for");

    private final List<IpAddressMatcher> trustedProxies;
    private final @Nullable URI publicBaseUrl;
    private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();

    ProxyHeadersFilter(ProxyProperties properties) {
        this.trustedProxies = properties.trustedProxyMatchers();
        this.publicBaseUrl = properties.publicBaseUri();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (publicBaseUrl != null) {
            chain.doFilter(new AtPublicAddress(request, publicBaseUrl), response);
        } else if (fromTrustedProxy(request)) {
            forwarded.doFilter(request, response, chain);
        } else {
            chain.doFilter(new WithoutForwardedHeaders(request), response);
        }
    }

    private boolean fromTrustedProxy(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        for (IpAddressMatcher proxy : trustedProxies) {
            if (proxy.matches(peer)) {
                return true;
            }
        }
        return false;
    }

    private static class WithoutForwardedHeaders extends HttpServletRequestWrapper {

        WithoutForwardedHeaders(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return FORWARDED.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public @Nullable String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name))
                    .toList());
        }
    }

    /** The request as if it had arrived at the public address. */
    private static final class AtPublicAddress extends WithoutForwardedHeaders {
        private final URI base;

        AtPublicAddress(HttpServletRequest request, URI base) {
            super(request);
            this.base = base;
        }

        @Override
        public String getScheme() {
            return base.getScheme();
        }

        @Override
        public boolean isSecure() {
            return "https".equals(base.getScheme());
        }

        @Override
        public String getServerName() {
            return base.getHost();
        }

        @Override
        public int getServerPort() {
            return base.getPort() != -1 ? base.getPort() : isSecure() ? 443 : 80;
        }

        @Override
        public @Nullable String getHeader(String name) {
            if ("host".equalsIgnoreCase(name)) {
                return base.getRawAuthority();
            }
            return super.getHeader(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(base.toString()).append(getRequestURI());
        }
    }
}
