package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.notificatie.NotificatieApiIT;
import nl.kcc.klantinteracties.notificatie.Receiver;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No notification and no CloudEvent carries text a person wrote about a confidential klantcontact or a partij under
 * geheimhouding, even with free-text kenmerken on; and none about a visible object names a hidden one.
 */
class HiddenNotificationsIT extends NotificatieApiIT {

    @Test
    void messagesCarryNoHiddenTextAndNoHiddenReference() {
        var fixture = new HiddenFixture(this::api);
        String zaak = UUID.randomUUID().toString();
        api().body(Map.of(
                        "klantcontact",
                        Bodies.ref(fixture.geheimContact),
                        "onderwerpobjectidentificator",
                        Map.of(
                                "objectId", zaak,
                                "codeObjecttype", "zaak",
                                "codeRegister", "open-zaak",
                                "codeSoortObjectId", "uuid")))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201);
        String zichtbareTaak = api().body(Map.of(
                        "gevraagdeHandeling",
                        "Zichtbare handeling",
                        "aanleidinggevendKlantcontact",
                        Bodies.ref(fixture.klantcontact),
                        "toegewezenAanActoren",
                        List.of(Bodies.ref(fixture.actor)),
                        "status",
                        "te_verwerken"))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        var messages = new ArrayList<JsonNode>();
        allDelivered(NOTIFICATIES).stream().map(Receiver.Request::json).forEach(messages::add);
        RECEIVER.accepted(EVENTS).stream().map(Receiver.Request::json).forEach(messages::add);

        int aboutHidden = 0;
        for (JsonNode message : messages) {
            String text = message.toString();
            for (String secret : HiddenFixture.FREE_TEXTS) {
                assertThat(text).as("message %s", text).doesNotContain(secret);
            }
            String about = message.path("hoofdObject")
                    .asString(message.path("data").path("hoofdObject").asString());
            boolean hidden = fixture.hiddenUuids().stream().anyMatch(about::contains);
            if (hidden) {
                aboutHidden++;
                continue;
            }
            if (message.path("type").asString().startsWith("nl.overheid.zaken")) {
                continue;
            }
            for (String uuid : fixture.hiddenUuids()) {
                assertThat(text).as("message about %s", about).doesNotContain(uuid);
            }
        }
        assertThat(aboutHidden)
                .as("messages about the hidden partij, contact and task")
                .isGreaterThanOrEqualTo(3);

        // The zaak link of the confidential contact is announced, labelled without its onderwerp.
        assertThat(messages)
                .filteredOn(m -> m.path("type").asString().equals("nl.overheid.zaken.zaak-gekoppeld"))
                .singleElement()
                .satisfies(event -> assertThat(event.path("data").path("label").asString())
                        .isEqualTo("Klantcontact " + HiddenFixture.GEHEIM_NUMMER));
        // A task of a visible contact still says what is asked, as Open Klant sends it.
        assertThat(messages)
                .filteredOn(m -> m.path("hoofdObject").asString().endsWith(zichtbareTaak))
                .singleElement()
                .satisfies(m -> assertThat(
                                m.path("kenmerken").path("gevraagdeHandeling").asString())
                        .isEqualTo("Zichtbare handeling"));
    }
}
