package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Case C2138: the scanstraat digitises a letter to the municipality and registers it as a klantcontact at the moment of
 * scanning, with the address the letter came from and the scan as bijlage.
 */
class C2138BriefIT extends KccCase {

    @Test
    void theLetterIsRegisteredWithItsSenderAddressAndTheScan() {
        String scanstraat = geautomatiseerdeActor("Scanstraat");
        String karel = registreerPartij("Karel", "Deurne", BSN);
        String scan = UUID.randomUUID().toString();

        var betrokkene = klant(karel);
        betrokkene.put(
                "correspondentieadres",
                Map.of(
                        "straatnaam", "Dennenstraat",
                        "huisnummer", 35,
                        "postcode", "3552 RA",
                        "stad", "Utrecht",
                        "land", "NL"));
        var brief = registreer(
                Bodies.with(
                        Bodies.klantcontact(),
                        "kanaal",
                        "post",
                        "onderwerp",
                        "Bezwaar parkeerboete",
                        "inhoud",
                        "",
                        "plaatsgevondenOp",
                        "2024-01-24T10:00:12+01:00"),
                betrokkene,
                scanstraat);
        bijlage(brief.klantcontact(), scan, "informatieobject", "documentenregister");

        api().get("/klantcontacten/" + brief.klantcontact() + "?expand=hadBetrokkenen,omvatteBijlagen")
                .then()
                .body("kanaal", equalTo("post"))
                .body("plaatsgevondenOp", equalTo("2024-01-24T09:00:12Z"))
                .body("hadBetrokkenActoren.uuid", contains(scanstraat))
                .body("_expand.hadBetrokkenen[0].correspondentieadres.straatnaam", equalTo("Dennenstraat"))
                .body("_expand.hadBetrokkenen[0].correspondentieadres.huisnummer", equalTo(35))
                .body("_expand.hadBetrokkenen[0].correspondentieadres.postcode", equalTo("3552 RA"))
                .body("_expand.hadBetrokkenen[0].correspondentieadres.land", equalTo("NL"))
                .body("_expand.omvatteBijlagen.bijlageidentificator.objectId", contains(scan));
        // The address is the one on this letter; the partij's own stays as it was.
        api().get("/partijen/" + karel)
                .then()
                .body("correspondentieadres", anyOf(nullValue(), hasEntry("straatnaam", "")));
    }

    @Test
    void anAddressTheRegisterCannotKeepIsRefusedAndNothingIsStored() {
        long before = footprint();
        api().body(Map.of(
                        "klantcontact",
                        Bodies.with(Bodies.klantcontact(), "kanaal", "post"),
                        "betrokkene",
                        Map.of(
                                "rol",
                                "klant",
                                "initiator",
                                true,
                                "correspondentieadres",
                                Map.of("postcode", "3552RA", "land", "Nederland"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        hasItems("betrokkene.correspondentieadres.postcode", "betrokkene.correspondentieadres.land"));
        org.assertj.core.api.Assertions.assertThat(footprint()).isEqualTo(before);
    }
}
