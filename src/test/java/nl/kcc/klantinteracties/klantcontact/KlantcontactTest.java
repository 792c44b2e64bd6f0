package nl.kcc.klantinteracties.klantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import org.junit.jupiter.api.Test;

class KlantcontactTest {

    private static Klantcontact contact(Boolean gelukt, boolean verdereActie) {
        var nieuw = Klantcontact.nieuw(UUID.randomUUID(), OffsetDateTime.parse("2026-03-02T09:00:00Z"));
        return new Klantcontact(
                nieuw.uuid(),
                nieuw.nummer(),
                nieuw.referentienummer(),
                "telefoon",
                "Paspoort verlengen",
                nieuw.inhoud(),
                nieuw.reactie(),
                gelukt,
                nieuw.hoofdOnderwerpType(),
                verdereActie,
                "nld",
                false,
                nieuw.plaatsgevondenOp(),
                nieuw.metadata(),
                nieuw.betrokkenen(),
                nieuw.onderwerpobjecten(),
                nieuw.bijlagen(),
                nieuw.interneTaken(),
                nieuw.actoren());
    }

    private static Violations checked(Klantcontact contact) {
        var violations = new Violations();
        contact.checkRegels(violations);
        return violations;
    }

    @Test
    void aContactThatSucceededCannotHaveNeededFurtherAction() {
        var violations = checked(contact(true, true));

        assertThat(violations.all())
                .extracting(InvalidParam::name, InvalidParam::code)
                .containsExactly(tuple(Violations.NON_FIELD_ERRORS, Klantcontact.GEEN_VERDERE_ACTIE));
    }

    @Test
    void furtherActionIsAllowedWhenTheContactFailedOrItIsNotKnown() {
        assertThat(checked(contact(false, true)).isEmpty()).isTrue();
        assertThat(checked(contact(null, true)).isEmpty()).isTrue();
        assertThat(checked(contact(true, false)).isEmpty()).isTrue();
    }

    @Test
    void aContactTookPlaceBeforeItIsRegisteredGiveOrTakeFiveMinutesOfClockDifference() {
        var nu = OffsetDateTime.parse("2026-03-02T09:00:00Z");

        assertThat(checkedAt(nu.minusDays(3), nu).isEmpty()).isTrue();
        assertThat(checkedAt(nu.plusMinutes(5), nu).isEmpty()).isTrue();
        assertThat(checkedAt(nu.plusMinutes(5).plusNanos(1000), nu).all())
                .extracting(InvalidParam::name, InvalidParam::code)
                .containsExactly(tuple("plaatsgevondenOp", "invalid"));
    }

    private static Violations checkedAt(OffsetDateTime plaatsgevondenOp, OffsetDateTime nu) {
        var contact = contact(null, false);
        var violations = new Violations();
        new Klantcontact(
                        contact.uuid(),
                        contact.nummer(),
                        contact.referentienummer(),
                        contact.kanaal(),
                        contact.onderwerp(),
                        contact.inhoud(),
                        contact.reactie(),
                        contact.indicatieContactGelukt(),
                        contact.hoofdOnderwerpType(),
                        contact.verdereActieOndernomen(),
                        contact.taal(),
                        contact.vertrouwelijk(),
                        plaatsgevondenOp,
                        contact.metadata(),
                        contact.betrokkenen(),
                        contact.onderwerpobjecten(),
                        contact.bijlagen(),
                        contact.interneTaken(),
                        contact.actoren())
                .checkPlaatsgevondenOp(nu, violations);
        return violations;
    }
}
