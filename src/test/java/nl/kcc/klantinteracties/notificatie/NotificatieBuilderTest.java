package nl.kcc.klantinteracties.notificatie;

import static nl.kcc.klantinteracties.notificatie.Shown.change;
import static nl.kcc.klantinteracties.notificatie.Shown.klantcontact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Change.Action;
import nl.kcc.klantinteracties.notificatie.KlantcontactLookup.KlantcontactFacts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class NotificatieBuilderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KlantcontactLookup NEVER_ASKED = uuid -> fail("looked up klantcontact " + uuid);

    private final UUID uuid = UUID.fromString("0195a1b2-0000-7000-8000-000000000001");
    private final Map<UUID, KlantcontactFacts> klantcontacten = new HashMap<>();
    private final KlantcontactLookup lookup = uuid -> Optional.ofNullable(klantcontacten.get(uuid));

    @Test
    void aKlantcontactIsAnnouncedOnItsKanaalWithItsKenmerken() {
        var message = build(
                false,
                null,
                NEVER_ASKED,
                change("klantcontacten", Action.CREATE, null, klantcontact(uuid, true, "afval", false, false)));

        String url = Shown.BASE + "klantcontacten/" + uuid;
        assertThat(message).isEqualTo(JSON.readTree("""
                {"kanaal": "klantcontacten", "hoofdObject": "%s", "resource": "klantcontact", "resourceUrl": "%s",
                 "actie": "create", "aanmaakdatum": "2025-03-04T10:11:12.345678Z",
                 "kenmerken": {"hoofdOnderwerpType": "afval", "indicatieContactGelukt": "true",
                               "verdereActieOndernomen": "false"}}""".formatted(url, url)));
    }

    @Test
    void eachKindOfWriteHasItsActie() {
        var before = klantcontact(uuid, true, "afval", false, false);
        var after = klantcontact(uuid, false, "afval", true, false);

        assertThat(build(false, null, NEVER_ASKED, change("klantcontacten", Action.UPDATE, before, after))
                        .path("actie")
                        .asString())
                .isEqualTo("update");
        assertThat(build(false, null, NEVER_ASKED, change("klantcontacten", Action.PARTIAL_UPDATE, before, after))
                        .path("actie")
                        .asString())
                .isEqualTo("partial_update");
        var destroyed = build(false, null, NEVER_ASKED, change("klantcontacten", Action.DESTROY, before, null));
        assertThat(destroyed.path("actie").asString()).isEqualTo("destroy");
        // A deleted object is described as it was.
        assertThat(destroyed.path("resourceUrl").asString()).endsWith("/klantcontacten/" + uuid);
        assertThat(destroyed.path("kenmerken").path("indicatieContactGelukt").asString())
                .isEqualTo("true");
    }

    @Test
    void kenmerkenWithoutAValueAreLeftOut() {
        var message = build(
                false,
                null,
                NEVER_ASKED,
                change("klantcontacten", Action.CREATE, null, klantcontact(uuid, null, "", false, false)));

        assertThat(message.path("kenmerken")).isEqualTo(JSON.readTree("""
                {"verdereActieOndernomen": "false"}"""));
    }

    @Test
    void aPartijCarriesItsInterneNotitieOnlyWhenFreeTextIsAllowed() {
        var partij = Shown.of(
                "partijen",
                uuid,
                "nummer",
                "0000000007",
                "interneNotitie",
                "Belt liever na 17:00",
                "soortPartij",
                "persoon",
                "indicatieActief",
                true);

        var withoutFreeText = build(false, null, NEVER_ASKED, change("partijen", Action.CREATE, null, partij));
        assertThat(withoutFreeText.path("kanaal").asString()).isEqualTo("partijen");
        assertThat(withoutFreeText.path("resource").asString()).isEqualTo("partij");
        assertThat(withoutFreeText.path("hoofdObject").asString()).isEqualTo(Shown.BASE + "partijen/" + uuid);
        assertThat(withoutFreeText.path("kenmerken")).isEqualTo(JSON.readTree("""
                {"nummer": "0000000007", "soortPartij": "persoon"}"""));

        var withFreeText = build(true, null, NEVER_ASKED, change("partijen", Action.PARTIAL_UPDATE, partij, partij));
        assertThat(withFreeText.path("kenmerken")).isEqualTo(JSON.readTree("""
                {"nummer": "0000000007", "interneNotitie": "Belt liever na 17:00", "soortPartij": "persoon"}"""));

        // A partij under geheimhouding never has its notitie sent.
        var secret = partij.with("indicatieGeheimhouding", true);
        var aboutSecret = build(true, null, NEVER_ASKED, change("partijen", Action.PARTIAL_UPDATE, secret, secret));
        assertThat(aboutSecret.path("kenmerken")).isEqualTo(JSON.readTree("""
                {"nummer": "0000000007", "soortPartij": "persoon"}"""));
    }

    @Test
    void anInterneTaakCarriesItsToelichtingOnlyForAContactThatIsNotConfidential() {
        UUID open = UUID.randomUUID();
        UUID confidential = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        klantcontacten.put(open, new KlantcontactFacts(false, "0000000001", "Afval"));
        klantcontacten.put(confidential, new KlantcontactFacts(true, "0000000002", "Schuldhulp"));
        var taak = Shown.of(
                "internetaken",
                uuid,
                "nummer",
                "0000000012",
                "gevraagdeHandeling",
                "Terugbellen",
                "aanleidinggevendKlantcontact",
                Shown.ref("klantcontacten", open),
                "toelichting",
                "Mevrouw Jansen wil teruggebeld worden",
                "status",
                "te_verwerken");

        var forOpenContact = build(true, null, lookup, change("internetaken", Action.CREATE, null, taak));
        assertThat(forOpenContact.path("resource").asString()).isEqualTo("internetaak");
        assertThat(forOpenContact.path("kenmerken")).isEqualTo(JSON.readTree("""
                {"nummer": "0000000012", "gevraagdeHandeling": "Terugbellen",
                 "toelichting": "Mevrouw Jansen wil teruggebeld worden", "status": "te_verwerken"}"""));

        var forConfidentialContact = build(
                true,
                null,
                lookup,
                change(
                        "internetaken",
                        Action.UPDATE,
                        taak,
                        taak.with("aanleidinggevendKlantcontact", Shown.ref("klantcontacten", confidential))));
        assertThat(forConfidentialContact.path("kenmerken").has("toelichting")).isFalse();
        // What a person asked for is text too: it stays with a confidential contact.
        assertThat(forConfidentialContact.path("kenmerken").has("gevraagdeHandeling"))
                .isFalse();
        assertThat(forConfidentialContact.path("kenmerken").path("status").asString())
                .isEqualTo("te_verwerken");

        var forUnknownContact = build(
                true,
                null,
                lookup,
                change(
                        "internetaken",
                        Action.DESTROY,
                        taak.with("aanleidinggevendKlantcontact", Shown.ref("klantcontacten", unknown)),
                        null));
        assertThat(forUnknownContact.path("kenmerken").has("toelichting")).isFalse();

        var withoutFreeText = build(false, null, lookup, change("internetaken", Action.CREATE, null, taak));
        assertThat(withoutFreeText.path("kenmerken").has("toelichting")).isFalse();
        assertThat(withoutFreeText.path("kenmerken").path("gevraagdeHandeling").asString())
                .isEqualTo("Terugbellen");
    }

    @Test
    void longKenmerkenAreCutToWhatTheNotificatiesApiTakes() {
        String notitie = "é".repeat(1200);
        var partij = Shown.of("partijen", uuid, "interneNotitie", notitie, "soortPartij", "organisatie");

        var message = build(true, null, NEVER_ASKED, change("partijen", Action.CREATE, null, partij));

        assertThat(message.path("kenmerken").path("interneNotitie").asString()).isEqualTo("é".repeat(1000));
    }

    @Test
    void theConfiguredSourceIsSent() {
        var message = build(
                false,
                "urn:nld:oin:00000001234567890000:systeem:klantinteracties",
                NEVER_ASKED,
                change("klantcontacten", Action.CREATE, null, klantcontact(uuid, true, "", false, false)));

        assertThat(message.path("source").asString())
                .isEqualTo("urn:nld:oin:00000001234567890000:systeem:klantinteracties");
    }

    @Test
    void otherResourcesSendNoNotification() {
        var betrokkene = Shown.of("betrokkenen", uuid, "rol", "klant");

        assertThat(new NotificatieBuilder(true, null, NEVER_ASKED)
                        .build(change("betrokkenen", Action.CREATE, null, betrokkene)))
                .isEmpty();
    }

    private static JsonNode build(boolean freeText, String source, KlantcontactLookup lookup, ChangedObject change) {
        ObjectNode message =
                new NotificatieBuilder(freeText, source, lookup).build(change).orElseThrow();
        return message;
    }
}
