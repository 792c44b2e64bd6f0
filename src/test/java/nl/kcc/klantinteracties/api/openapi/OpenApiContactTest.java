package nl.kcc.klantinteracties.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A contact the API Design Rules would not accept stops the start, with the setting that is wrong named. */
class OpenApiContactTest {

    @Test
    void aServiceDeskWithNameEmailAndUrlIsTaken() {
        assertThatNoException()
                .isThrownBy(() -> new OpenApiContact("KCC Gemeente", "kcc@gemeente.nl", "https://www.gemeente.nl/kcc"));
    }

    @Test
    void anEmptySettingStopsTheStart() {
        new ApplicationContextRunner()
                .withUserConfiguration(WithContact.class)
                .withPropertyValues("klantinteracties.openapi.contact.email=")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessage("klantinteracties.openapi.contact.email may not be empty"));
        new ApplicationContextRunner()
                .withUserConfiguration(WithContact.class)
                .run(context -> assertThat(context.getBean(OpenApiContact.class).email())
                        .isEqualTo("standaarden.ondersteuning@vng.nl"));
    }

    @EnableConfigurationProperties(OpenApiContact.class)
    static class WithContact {}

    @Test
    void anEmptyFieldIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpenApiContact("KCC Gemeente", " ", "https://www.gemeente.nl/kcc"))
                .withMessage("klantinteracties.openapi.contact.email may not be empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpenApiContact("", "kcc@gemeente.nl", "https://www.gemeente.nl/kcc"))
                .withMessage("klantinteracties.openapi.contact.name may not be empty");
    }

    @Test
    void aWrongEmailOrUrlIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpenApiContact("KCC", "gemeente.nl", "https://www.gemeente.nl/kcc"))
                .withMessageStartingWith("klantinteracties.openapi.contact.email is not an e-mail address");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpenApiContact("KCC", "kcc@gemeente.nl", "www.gemeente.nl/kcc"))
                .withMessageStartingWith("klantinteracties.openapi.contact.url is not an absolute URL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpenApiContact("KCC", "kcc@gemeente.nl", "https://gemeente nl"))
                .withMessageStartingWith("klantinteracties.openapi.contact.url is not an absolute URL");
    }
}
