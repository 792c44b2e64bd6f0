package nl.kcc.klantinteracties.klantcontact;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** Klantcontacten for the tests of the objects that point at one. */
public final class Klantcontacten {

    private Klantcontacten() {}

    /** A valid klantcontact body, with a nummer of its own when one is given. */
    static Map<String, Object> body(String nummer) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kanaal", "telefoon");
        body.put("onderwerp", "Melding openbare ruimte");
        body.put("taal", "nld");
        body.put("vertrouwelijk", false);
        if (nummer != null) {
            body.put("nummer", nummer);
            body.put("referentienummer", "9" + nummer);
        }
        return body;
    }

    /** Registers a klantcontact and returns its uuid. */
    public static String registreer(RequestSpecification api) {
        return registreer(api, null);
    }

    public static String registreer(RequestSpecification api, String nummer) {
        return api.body(body(nummer))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }
}
