package nl.kcc.klantinteracties.notificatie;

import static nl.kcc.klantinteracties.notificatie.Shown.change;
import static nl.kcc.klantinteracties.notificatie.Shown.klantcontact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.kcc.klantinteracties.api.resource.Change.Action;
import nl.kcc.klantinteracties.notificatie.KlantcontactLookup.KlantcontactFacts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CloudEventBuilderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = "urn:nld:oin:00000001234567890000:systeem:klantinteracties";

    private final UUID onderwerpobject = UUID.fromString("0195a1b2-0000-7000-8000-00000000000a");
    private final UUID klantcontact = UUID.fromString("0195a1b2-0000-7000-8000-00000000000b");
    private final UUID geheimContact = UUID.fromString("0195a1b2-0000-7000-8000-00000000000c");
    private final UUID zaak = UUID.fromString("5b0d5a6c-7a3e-4c43-9e1f-2f6c0c5a1111");
    private final UUID andereZaak = UUID.fromString("5b0d5a6c-7a3e-4c43-9e1f-2f6c0c5a2222");
    private final Map<UUID, KlantcontactFacts> klantcontacten = new HashMap<>(Map.of(
            klantcontact, new KlantcontactFacts(false, "0000000042", "Bezwaar tegen aanslag"),
            geheimContact, new KlantcontactFacts(true, "0000000043", "Schuldhulp")));
    private final AtomicLong ids = new AtomicLong();

    @Test
    void everyNotificationIsAlsoACloudEvent() {
        UUID uuid = UUID.randomUUID();
        var change = change("klantcontacten", Action.PARTIAL_UPDATE, null, klantcontact(uuid, true, "", false, false));
        var notificatie = new NotificatieBuilder(false, SOURCE, id -> Optional.empty())
                .build(change)
                .orElseThrow();

        var events = builder(false).build(change, notificatie);

        assertThat(events).hasSize(1);
        assertThat(events.getFirst().objectUuid()).isEqualTo(uuid);
        var expectedData = notificatie.deepCopy();
        expectedData.remove("source");
        assertThat(events.getFirst().event())
                .isEqualTo(JSON.readTree("""
                {"specversion": "1.0", "id": "%s", "source": "%s",
                 "type": "nl.kcc.klantinteracties.klantcontact.partial_update", "subject": "%s",
                 "time": "2025-03-04T10:11:12.345678Z", "datacontenttype": "application/json", "data": %s}""".formatted(id(1), SOURCE, uuid, expectedData)));
    }

    @Test
    void linkingAZaakToAKlantcontactIsAnnounced() {
        var linked = zaakObject(klantcontact, "zaak", "uuid", zaak.toString());

        var events = builder(true).build(change("onderwerpobjecten", Action.CREATE, null, linked), null);

        assertThat(events).hasSize(1);
        assertThat(events.getFirst().objectUuid()).isEqualTo(onderwerpobject);
        assertThat(events.getFirst().event())
                .isEqualTo(JSON.readTree("""
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "nl.overheid.zaken.zaak-gekoppeld",
                 "subject": "%s", "time": "2025-03-04T10:11:12.345678Z", "datacontenttype": "application/json",
                 "data": {"zaak": "urn:uuid:%s", "linkTo": "%sonderwerpobjecten/%s",
                          "label": "Bezwaar tegen aanslag", "linkObjectType": "Onderwerpobject"}}""".formatted(id(1), SOURCE, zaak, zaak, Shown.BASE, onderwerpobject)));
    }

    @Test
    void theLabelNamesTheContactByItsNummerUnlessItsOnderwerpMayBeSent() {
        var linked = zaakObject(klantcontact, "zaak", "uuid", zaak.toString());
        var linkedToSecret = zaakObject(geheimContact, "zaak", "uuid", zaak.toString());
        var linkedToUnknown = zaakObject(UUID.randomUUID(), "zaak", "uuid", zaak.toString());

        assertThat(label(builder(false).build(change("onderwerpobjecten", Action.CREATE, null, linked), null)))
                .isEqualTo("Klantcontact 0000000042");
        assertThat(label(builder(true).build(change("onderwerpobjecten", Action.CREATE, null, linkedToSecret), null)))
                .isEqualTo("Klantcontact 0000000043");
        assertThat(label(builder(true).build(change("onderwerpobjecten", Action.CREATE, null, linkedToUnknown), null)))
                .isEqualTo("Klantcontact");
    }

    @Test
    void onlyAZaakByItsUuidOnAKlantcontactCounts() {
        var notAZaak = zaakObject(klantcontact, "besluit", "uuid", zaak.toString());
        var notByUuid = zaakObject(klantcontact, "zaak", "identificatie", "ZAAK-2025-0001");
        var noUuid = zaakObject(klantcontact, "zaak", "uuid", "ZAAK-2025-0001");
        var noKlantcontact = zaakObject(null, "zaak", "uuid", zaak.toString());
        var noIdentificator = Shown.of("onderwerpobjecten", onderwerpobject, "klantcontact", klantRef(klantcontact));

        for (var onderwerp : List.of(notAZaak, notByUuid, noUuid, noKlantcontact, noIdentificator)) {
            assertThat(builder(true).build(change("onderwerpobjecten", Action.CREATE, null, onderwerp), null))
                    .as("%s", onderwerp)
                    .isEmpty();
        }
    }

    @Test
    void anUpdateThatKeepsTheLinkSaysNothing() {
        var linked = zaakObject(klantcontact, "zaak", "uuid", zaak.toString());

        assertThat(builder(true).build(change("onderwerpobjecten", Action.UPDATE, linked, linked), null))
                .isEmpty();
    }

    @Test
    void movingTheLinkToAnotherZaakUnlinksTheFirstAndLinksTheSecond() {
        var before = zaakObject(klantcontact, "zaak", "uuid", zaak.toString());
        var after = zaakObject(klantcontact, "zaak", "uuid", andereZaak.toString());

        var events = builder(true).build(change("onderwerpobjecten", Action.PARTIAL_UPDATE, before, after), null);

        assertThat(events)
                .extracting(e -> e.event().path("type").asString())
                .containsExactly(CloudEventBuilder.ZAAK_ONTKOPPELD, CloudEventBuilder.ZAAK_GEKOPPELD);
        assertThat(events)
                .extracting(e -> e.event().path("subject").asString())
                .containsExactly(zaak.toString(), andereZaak.toString());
        assertThat(events).extracting(e -> e.event().path("id").asString()).doesNotHaveDuplicates();
    }

    @Test
    void pointingAwayFromTheZaakOrDeletingUnlinksIt() {
        var linked = zaakObject(klantcontact, "zaak", "uuid", zaak.toString());
        var elsewhere = zaakObject(
                klantcontact, "klantcontact", "uuid", UUID.randomUUID().toString());

        var changed = builder(true).build(change("onderwerpobjecten", Action.UPDATE, linked, elsewhere), null);
        var deleted = builder(true).build(change("onderwerpobjecten", Action.DESTROY, linked, null), null);

        for (var events : List.of(changed, deleted)) {
            assertThat(events).hasSize(1);
            var event = events.getFirst().event();
            assertThat(event.path("type").asString()).isEqualTo(CloudEventBuilder.ZAAK_ONTKOPPELD);
            assertThat(event.path("subject").asString()).isEqualTo(zaak.toString());
            assertThat(event.path("data").path("linkTo").asString()).endsWith("/onderwerpobjecten/" + onderwerpobject);
        }
    }

    private CloudEventBuilder builder(boolean freeText) {
        return new CloudEventBuilder(
                SOURCE,
                freeText,
                uuid -> Optional.ofNullable(klantcontacten.get(uuid)),
                () -> UUID.fromString(id(ids.incrementAndGet())));
    }

    private static String id(long n) {
        return "00000000-0000-7000-8000-%012d".formatted(n);
    }

    private Shown zaakObject(UUID contact, String objecttype, String soortObjectId, String objectId) {
        var identificator = new HashMap<String, Object>();
        identificator.put("objectId", objectId);
        identificator.put("codeObjecttype", objecttype);
        identificator.put("codeRegister", "openzaak");
        identificator.put("codeSoortObjectId", soortObjectId);
        return Shown.of(
                "onderwerpobjecten",
                onderwerpobject,
                "klantcontact",
                contact == null ? null : klantRef(contact),
                "wasKlantcontact",
                null,
                "onderwerpobjectidentificator",
                identificator);
    }

    private static Map<String, Object> klantRef(UUID contact) {
        return Shown.ref("klantcontacten", contact);
    }

    private static String label(List<CloudEventBuilder.Event> events) {
        assertThat(events).hasSize(1);
        return events.getFirst().event().path("data").path("label").asString();
    }
}
