package nl.kcc.klantinteracties.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date-time forms the standard's reference takes (Python's {@code datetime.fromisoformat}, then Django's own
 * pattern), each read as the same moment; times without an offset are Dutch time.
 */
class DateTimeFormsTest {

    @ParameterizedTest
    @CsvSource({
        "2019-08-24T14:15:22Z, 2019-08-24T14:15:22Z",
        "2019-08-24T14:15:22.123456Z, 2019-08-24T14:15:22.123456Z",
        "2019-08-24T14:15:22.1234567Z, 2019-08-24T14:15:22.123456Z",
        "'2019-08-24T14:15:22,5Z', 2019-08-24T14:15:22.500Z",
        "2019-08-24 14:15:22+00:00, 2019-08-24T14:15:22Z",
        "2019-08-24T16:15:22+0200, 2019-08-24T14:15:22Z",
        "2019-08-24T16:15:22+02, 2019-08-24T14:15:22Z",
        "2019-08-24T16:15:22+02:00, 2019-08-24T14:15:22Z",
        "2019-08-24T14:15Z, 2019-08-24T14:15Z",
        "20190824T141522Z, 2019-08-24T14:15:22Z",
        "2019-08-24T16:15:22, 2019-08-24T14:15:22Z",
        "2019-08-24, 2019-08-23T22:00Z",
        "2019-8-4 9:05, 2019-08-04T07:05Z",
        "2019-08-24 14:15:22 +00:00, 2019-08-24T14:15:22Z"
    })
    void readsTheFormsOfTheReference(String text, String utc) {
        assertThat(Texts.parseDateTime(text).toInstant().toString())
                .isEqualTo(java.time.OffsetDateTime.parse(utc).toInstant().toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "gisteren",
                "2019-08-24t14:15:22z",
                "2019-13-01T00:00Z",
                "2019-02-30",
                "2019-08-24Z",
                "24-08-2019",
                "2019-08-24T25:00Z",
                "2019-08-24T14:15:22+2"
            })
    void refusesTheRest(String text) {
        assertThat(Texts.parseDateTime(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2024-05-01, 2024-05-01", "2024-5-1, 2024-05-01", "20240501, 2024-05-01", "2024-12-31, 2024-12-31"})
    void readsTheDateFormsOfTheReference(String text, String date) {
        assertThat(Texts.parseDate(text)).isEqualTo(java.time.LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01-05-2024", "2024-02-30", "2024-13-01", "2024-05-01T10:00:00Z", "2024/05/01"})
    void refusesOtherDates(String text) {
        assertThat(Texts.parseDate(text)).isNull();
    }
}
