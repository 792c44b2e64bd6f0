package nl.kcc.klantinteracties.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WerkplekTest {

    private static final OffsetDateTime BEGIN = OffsetDateTime.parse("2026-12-04T09:02:10Z");

    @Test
    void aConversationReadsFromWhenToWhenInAmsterdamTime() {
        assertThat(Werkplek.periode(BEGIN, BEGIN.plusMinutes(7))).isEqualTo("4 dec 2026, 10:02 tot 10:09 (7 minuten)");
        assertThat(Werkplek.periode(BEGIN, BEGIN.plusSeconds(40)))
                .isEqualTo("4 dec 2026, 10:02 tot 10:02 (minder dan een minuut)");
        assertThat(Werkplek.periode(BEGIN.plusHours(14), BEGIN.plusHours(15)))
                .isEqualTo("5 dec 2026, 00:02 tot 01:02 (1 uur)");
        assertThat(Werkplek.periode(
                        BEGIN.plusHours(13).plusMinutes(50), BEGIN.plusHours(14).plusMinutes(10)))
                .isEqualTo("4 dec 2026, 23:52 tot 5 dec 2026, 00:12 (20 minuten)");
    }
}
