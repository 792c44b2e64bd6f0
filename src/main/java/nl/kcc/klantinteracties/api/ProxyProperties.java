package nl.kcc.klantinteracties.api;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Where the register is reached from outside, for the URLs in its answers and notifications.
 *
 * @param trustedProxies IP addresses or CIDR ranges ({@code 10.0.0.0/8}) of the reverse proxies whose
 *     {@code X-Forwarded-*} and {@code Forwarded} headers count; from anyone else they are ignored
 * @param publicBaseUrl the register's public address ({@code https://klanten.gemeente.nl}, no path); when set it names
 *     every object URL, whatever a request's {@code Host} or forwarded headers say
 */
@ConfigurationProperties("klantinteracties")
record ProxyProperties(
        @DefaultValue("") List<String> trustedProxies,
        @DefaultValue("") String publicBaseUrl) {

    ProxyProperties {
        trustedProxies = trustedProxies.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        for (String proxy : trustedProxies) {
            try {
                new IpAddressMatcher(proxy);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("klantinteracties.trusted-proxies holds " + proxy
                        + ", which is neither an IP address nor a CIDR range such as 10.0.0.0/8");
            }
        }
        publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
        if (!publicBaseUrl.isEmpty()) {
            publicBaseUri(publicBaseUrl);
        }
    }

    List<IpAddressMatcher> trustedProxyMatchers() {
        return trustedProxies.stream().map(IpAddressMatcher::new).toList();
    }

    /** Null when not set. */
    @Nullable
    URI publicBaseUri() {
        return publicBaseUrl.isEmpty() ? null : publicBaseUri(publicBaseUrl);
    }

    private static URI publicBaseUri(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || uri.getScheme() == null
                || !uri.getScheme().matches("https?")
                || uri.getHost() == null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(
                    "klantinteracties.public-base-url must be http(s)://host[:port], without a path: " + url);
        }
        return uri;
    }
}
