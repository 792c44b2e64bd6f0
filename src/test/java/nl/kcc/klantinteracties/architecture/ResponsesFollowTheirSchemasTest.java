package nl.kcc.klantinteracties.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.kcc.klantinteracties.actor.ActorFields;
import nl.kcc.klantinteracties.actor.ActorKlantcontactFields;
import nl.kcc.klantinteracties.actor.ActorKlantcontactResponse;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.contactgegevens.OrganisatieFields;
import nl.kcc.klantinteracties.contactgegevens.OrganisatieResponse;
import nl.kcc.klantinteracties.contactgegevens.PersoonFields;
import nl.kcc.klantinteracties.contactgegevens.PersoonResponse;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresFields;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResponse;
import nl.kcc.klantinteracties.internetaak.InterneTaakFields;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneFields;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.BijlageFields;
import nl.kcc.klantinteracties.klantcontact.BijlageResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactFields;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectFields;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResponse;
import nl.kcc.klantinteracties.partij.CategorieFields;
import nl.kcc.klantinteracties.partij.CategorieRelatieFields;
import nl.kcc.klantinteracties.partij.CategorieRelatieResponse;
import nl.kcc.klantinteracties.partij.CategorieResponse;
import nl.kcc.klantinteracties.partij.PartijFields;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFields;
import nl.kcc.klantinteracties.partij.PartijIdentificatorResponse;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.partij.RekeningnummerFields;
import nl.kcc.klantinteracties.partij.RekeningnummerResponse;
import nl.kcc.klantinteracties.partij.VertegenwoordigingFields;
import nl.kcc.klantinteracties.partij.VertegenwoordigingResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each resource's fields are declared twice: once as the fields that validate a request and write the OpenAPI
 * document, once as the record the API shows. A field added to one and not the other, or put in another place, is
 * caught here instead of by a client: the members of every response are the schema's fields, in its order, and
 * {@code _expand} where the resource offers expansions.
 */
class ResponsesFollowTheirSchemasTest {

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of(KlantcontactFields.SCHEMA, KlantcontactResponse.class),
                Arguments.of(BetrokkeneFields.SCHEMA, BetrokkeneResponse.class),
                Arguments.of(OnderwerpobjectFields.SCHEMA, OnderwerpobjectResponse.class),
                Arguments.of(BijlageFields.SCHEMA, BijlageResponse.class),
                Arguments.of(ActorFields.SCHEMA, ActorResponse.class),
                Arguments.of(ActorKlantcontactFields.SCHEMA, ActorKlantcontactResponse.class),
                Arguments.of(InterneTaakFields.SCHEMA, InterneTaakResponse.class),
                Arguments.of(DigitaalAdresFields.SCHEMA, DigitaalAdresResponse.class),
                Arguments.of(PartijFields.SCHEMA, PartijResponse.class),
                Arguments.of(PartijIdentificatorFields.SCHEMA, PartijIdentificatorResponse.class),
                Arguments.of(RekeningnummerFields.SCHEMA, RekeningnummerResponse.class),
                Arguments.of(VertegenwoordigingFields.SCHEMA, VertegenwoordigingResponse.class),
                Arguments.of(CategorieFields.SCHEMA, CategorieResponse.class),
                Arguments.of(CategorieRelatieFields.SCHEMA, CategorieRelatieResponse.class),
                Arguments.of(PersoonFields.SCHEMA, PersoonResponse.class),
                Arguments.of(OrganisatieFields.SCHEMA, OrganisatieResponse.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("resources")
    void theResponseShowsTheSchemasFieldsInItsOrder(ObjectSchema schema, Class<? extends Record> response) {
        List<String> declared = schema.fields().stream().map(Field::name).toList();

        List<String> shown = members(response).stream()
                .filter(name -> !name.equals("_expand"))
                .toList();

        assertThat(shown)
                .as("%s against %s", response.getSimpleName(), schema.name())
                .isEqualTo(declared);
    }

    /**
     * The record's members as Jackson writes them: a component's own name unless renamed, none when ignored. The
     * annotations of a component are on its field and its accessor, not on the component itself.
     */
    private static List<String> members(Class<? extends Record> response) {
        return Arrays.stream(response.getRecordComponents())
                .filter(component -> annotation(response, component, JsonIgnore.class) == null)
                .map(component -> {
                    JsonProperty renamed = annotation(response, component, JsonProperty.class);
                    return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
                })
                .toList();
    }

    private static <A extends Annotation> @Nullable A annotation(
            Class<?> response, RecordComponent component, Class<A> type) {
        A onAccessor = component.getAccessor().getAnnotation(type);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return response.getDeclaredField(component.getName()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
