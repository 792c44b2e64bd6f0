package nl.kcc.klantinteracties.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a new user finds in the register after the demo command: a contact centre at work, through the API. */
class DemoDataIT extends ApiIT {

    @Autowired
    private DemoData demo;

    @Test
    void aNewUserSeesAWorkingContactCentre() {
        var made = demo.fill(ApiContext.internal(Urls.at("http://localhost:" + port)));
        assertThat(made.klantcontacten()).isEqualTo(200);

        api().get("/klantcontacten?pageSize=1").then().body("count", equalTo(200));
        api().get("/partijen?pageSize=1").then().body("count", allOf(greaterThanOrEqualTo(45), lessThanOrEqualTo(60)));
        api().get("/partijen?soortPartij=persoon&expand=digitaleAdressen&pageSize=100")
                .then()
                .body("results.partijIdentificatoren.flatten()", everyItem(notNullValue()))
                .body("results.findAll { it.partijIdentificatoren.isEmpty() }", empty())
                .body("results.findAll { it.voorkeursDigitaalAdres == null }", empty())
                .body("results.findAll { it.bezoekadres.postcode == null }", empty());
        api().get("/actoren?soortActor=organisatorische_eenheid").then().body("count", greaterThanOrEqualTo(4));
        api().get("/actoren?soortActor=medewerker").then().body("count", greaterThanOrEqualTo(4));
        api().get("/actoren?soortActor=geautomatiseerde_actor").then().body("count", greaterThanOrEqualTo(2));

        for (String kanaal : List.of("telefoon", "e-mail", "post", "whatsapp")) {
            api().get("/klantcontacten?pageSize=1&kanaal=" + kanaal).then().body("count", greaterThan(0));
        }
        int open = api().get("/internetaken?pageSize=1&status=te_verwerken")
                .then()
                .body("count", greaterThan(0))
                .extract()
                .path("count");
        int verwerkt = api().get("/internetaken?pageSize=1&status=verwerkt")
                .then()
                .body("count", greaterThan(0))
                .extract()
                .path("count");
        assertThat(Map.of("open", open, "verwerkt", verwerkt))
                .isEqualTo(Map.of("open", made.openTaken(), "verwerkt", made.verwerkteTaken()));
        api().get("/internetaken?status=verwerkt&pageSize=100")
                .then()
                .body("results.afgehandeldOp", everyItem(notNullValue()));

        // Contacts about a zaak, letters with the scan, call-backs linked to the call that asked for them.
        api().get("/onderwerpobjecten?onderwerpobjectidentificatorCodeObjecttype=zaak&pageSize=1")
                .then()
                .body("count", greaterThan(0));
        api().get("/bijlagen?bijlageidentificatorCodeObjecttype=informatieobject&pageSize=1")
                .then()
                .body("count", greaterThan(0));
        api().get("/klantcontacten?vertrouwelijk=true&pageSize=1").then().body("count", greaterThan(0));
    }

    @Test
    void theKlantbeeldOfADemoKlantShowsTheirHistory() {
        demo.fill(ApiContext.internal(Urls.at("http://localhost:" + port)));
        String partij = api().get("/klantcontacten?kanaal=telefoon&expand=hadBetrokkenen&pageSize=100")
                .then()
                .extract()
                .path("results._expand.hadBetrokkenen.flatten().find { it.wasPartij != null }.wasPartij.uuid");

        api().get("/partijen/" + partij + "/klantbeeld")
                .then()
                .statusCode(200)
                .body("klantcontacten.count", greaterThan(0))
                .body("digitaleAdressen.findAll { it.voorkeur }", hasSize(1));
    }
}
