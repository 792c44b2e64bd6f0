package nl.kcc.klantinteracties.internetaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterneTaakTest {

    private static final OffsetDateTime REGISTERED = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime NOW = REGISTERED.plusDays(2);
    private static final UUID KCC = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final UUID BURGERZAKEN = UUID.fromString("0190a000-0000-7000-8000-000000000002");

    private static InterneTaak open() {
        return InterneTaak.nieuw(UUID.fromString("0190a000-0000-7000-8000-0000000000aa"), REGISTERED)
                .toegewezenAan(List.of(KCC))
                .markTeVerwerken();
    }

    @Test
    void aNewTaskIsAssignedWhenItIsRegisteredAndHasNotBeenHandled() {
        var taak = InterneTaak.nieuw(UUID.randomUUID(), REGISTERED);

        assertThat(taak.toegewezenOp()).isEqualTo(REGISTERED);
        assertThat(taak.afgehandeldOp()).isNull();
        assertThat(taak.actoren()).isEmpty();
    }

    @Test
    void handledWithoutATimeIsHandledNow() {
        var verwerkt = open().markVerwerkt(null, NOW);

        assertThat(verwerkt.status()).isEqualTo(Status.VERWERKT);
        assertThat(verwerkt.afgehandeldOp()).isEqualTo(NOW);
    }

    @Test
    void handledAtAGivenTimeKeepsThatTime() {
        var toen = NOW.minusHours(3);

        assertThat(open().markVerwerkt(toen, NOW).afgehandeldOp()).isEqualTo(toen);
    }

    @Test
    void aCorrectionOfAHandledTaskKeepsTheTimeItWasHandled() {
        var verwerkt = open().markVerwerkt(null, NOW);

        var gecorrigeerd = verwerkt.markVerwerkt(null, NOW.plusDays(1));

        assertThat(gecorrigeerd.afgehandeldOp()).isEqualTo(NOW);
    }

    @Test
    void aTaskSentBackLosesTheTimeItWasHandled() {
        var terug = open().markVerwerkt(null, NOW).markTeVerwerken();

        assertThat(terug.status()).isEqualTo(Status.TE_VERWERKEN);
        assertThat(terug.afgehandeldOp()).isNull();
        // Handled again later, it is handled then, not at the time it was handled before.
        assertThat(terug.markVerwerkt(null, NOW.plusDays(5)).afgehandeldOp()).isEqualTo(NOW.plusDays(5));
    }

    @Test
    void reassigningKeepsTheTimeItWasFirstAssignedAndTheStatus() {
        var verwerkt = open().markVerwerkt(null, NOW);

        var doorgestuurd = verwerkt.toegewezenAan(List.of(BURGERZAKEN, KCC));

        assertThat(doorgestuurd.actoren()).containsExactly(BURGERZAKEN, KCC);
        assertThat(doorgestuurd.toegewezenOp()).isEqualTo(REGISTERED);
        assertThat(doorgestuurd.status()).isEqualTo(Status.VERWERKT);
        assertThat(doorgestuurd.afgehandeldOp()).isEqualTo(NOW);
    }
}
