package nl.kcc.klantinteracties.api.openapi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whom the served OpenAPI documents name as the contact for the APIs ({@code info.contact}). The standard's own
 * contact unless the organisation running the register names its service desk; the API Design Rules ask for all three
 * fields, so none may be left empty.
 *
 * @param name who answers questions about the APIs
 * @param email their e-mail address
 * @param url their web page
 */
@ConfigurationProperties("klantinteracties.openapi.contact")
public record OpenApiContact(
        @DefaultValue("VNG") String name,
        @DefaultValue("standaarden.ondersteuning@vng.nl") String email,
        @DefaultValue("https://zaakgerichtwerken.vng.cloud") String url) {

    public OpenApiContact {
        require("name", name);
        require("email", email);
        require("url", url);
        if (!email.contains("@")) {
            throw new IllegalArgumentException(
                    "klantinteracties.openapi.contact.email is not an e-mail address: " + email);
        }
        if (!absolute(url)) {
            throw new IllegalArgumentException(
                    "klantinteracties.openapi.contact.url is not an absolute URL (https://...): " + url);
        }
    }

    private static boolean absolute(String url) {
        try {
            return URI.create(url).isAbsolute();
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("klantinteracties.openapi.contact." + field + " may not be empty");
        }
    }

    Map<String, Object> openApi() {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("name", name);
        contact.put("email", email);
        contact.put("url", url);
        return contact;
    }
}
