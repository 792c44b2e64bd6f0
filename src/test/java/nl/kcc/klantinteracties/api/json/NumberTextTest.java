package nl.kcc.klantinteracties.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Numbers sent where text is expected become the text Python's {@code str} makes of them, as in the reference. */
class NumberTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
        "123, 123",
        "-7, -7",
        "12345678901234567890123, 12345678901234567890123",
        "1.0, 1.0",
        "1E2, 100.0",
        "-2.5, -2.5",
        "123.456, 123.456",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "1.5e-10, 1.5e-10",
        "1e15, 1000000000000000.0",
        "1e16, 1e+16",
        "123456789012345678.0, 1.2345678901234568e+17",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "0.0, 0.0",
        "-0.0, -0.0"
    })
    void writesNumbersAsPythonDoes(String json, String text) {
        assertThat(Fields.numberText(JSON.readTree(json))).isEqualTo(text);
    }
}
