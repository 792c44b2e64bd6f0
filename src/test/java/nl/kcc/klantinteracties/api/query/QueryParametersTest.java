package nl.kcc.klantinteracties.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static final List<Filter<?>> FILTERS = List.of(
            Filters.exact("kanaal", "k.kanaal"),
            Filters.icontains("onderwerp", "k.onderwerp"),
            Filter.bool("vertrouwelijk", (w, v) -> w.and("k.vertrouwelijk = ?", v)),
            Filter.uuid("hadBetrokkene__uuid", (w, v) -> w.and("b.uuid = ?", v)),
            Filter.url("hadBetrokkene__url", (w, v) -> w.and("b.uuid = ?", v)));
    private static final List<String> EXPANDABLE = List.of("hadBetrokkenen");

    private static Map<String, String[]> query(String... nameValue) {
        var parameters = new LinkedHashMap<String, String[]>();
        for (int i = 0; i < nameValue.length; i += 2) {
            parameters.merge(nameValue[i], new String[] {nameValue[i + 1]}, (a, b) -> {
                var both = new String[a.length + b.length];
                System.arraycopy(a, 0, both, 0, a.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return parameters;
    }

    private static ListQuery read(String... nameValue) {
        return QueryParameters.forList(query(nameValue), FILTERS, EXPANDABLE);
    }

    private static List<InvalidParam> refused(String... nameValue) {
        var refusal = catchThrowableOfType(ApiException.class, () -> read(nameValue));
        assertThat(refusal).as("the query is refused").isNotNull();
        assertThat(refusal.status().value()).isEqualTo(400);
        return refusal.invalidParams();
    }

    @Test
    void withoutParametersItIsTheFirstPageOfTheDefaultSizeUnfiltered() {
        var list = read();

        assertThat(list.page()).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_PAGE_SIZE));
        assertThat(list.where().clause()).isEmpty();
        assertThat(list.expand().isEmpty()).isTrue();
    }

    @Test
    void eachFilterAddsItsConditionWithItsValueAsAnArgument() {
        UUID betrokkene = UUID.fromString("0190a000-0000-7000-8000-000000000001");

        var list = read("kanaal", "telefoon", "onderwerp", "50%_korting", "hadBetrokkene__uuid", betrokkene.toString());

        assertThat(list.where().clause()).isEqualTo(" where k.kanaal = ? and k.onderwerp ilike ? and b.uuid = ?");
        // A LIKE pattern's own characters in the value are matched literally.
        assertThat(list.where().arguments()).containsExactly("telefoon", "%50\\%\\_korting%", betrokkene);
    }

    @Test
    void anEmptyValueIsNoFilter() {
        assertThat(read("kanaal", "", "vertrouwelijk", "").where().clause()).isEmpty();
    }

    @Test
    void aUrlFilterTakesTheUuidFromTheLastSegmentAndAUrlOfNoObjectMatchesNothing() {
        UUID betrokkene = UUID.fromString("0190a000-0000-7000-8000-000000000002");

        var named =
                read("hadBetrokkene__url", "https://elders.example/klantinteracties/api/v1/betrokkenen/" + betrokkene);
        var nothing = read("hadBetrokkene__url", "https://elders.example/klantinteracties/api/v1/betrokkenen/");

        assertThat(named.where().arguments()).containsExactly(betrokkene);
        assertThat(nothing.where().clause()).isEqualTo(" where false");
    }

    @Test
    void anUnknownParameterIsRefusedByName() {
        assertThat(refused("kanaal", "telefoon", "onbekend", "x", "ordering", "-uuid"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo("unknown-parameters");
                    assertThat(problem.reason()).contains("onbekend", "ordering");
                });
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThat(refused("vertrouwelijk", "misschien", "hadBetrokkene__uuid", "geen-uuid", "page", "0"))
                .extracting(InvalidParam::name)
                .containsExactlyInAnyOrder("vertrouwelijk", "hadBetrokkene__uuid", "page");
    }

    @Test
    void aFilterGivenTwiceIsRefused() {
        assertThat(refused("kanaal", "telefoon", "kanaal", "e-mail"))
                .extracting(InvalidParam::name, InvalidParam::code)
                .containsExactly(tuple("kanaal", "invalid"));
    }

    @Test
    void pageAndPageSizeAreWholeNumbersWithinTheirLimitsAndPageMayBeLast() {
        assertThat(read("page", "3", "pageSize", "25").page()).isEqualTo(new PageRequest(3, 25));
        assertThat(read("page", "last").page().isLast()).isTrue();
        assertThat(read("page", "", "pageSize", "").page())
                .isEqualTo(new PageRequest(1, PageRequest.DEFAULT_PAGE_SIZE));
        assertThat(refused("pageSize", String.valueOf(PageRequest.MAXIMUM_PAGE_SIZE + 1)))
                .extracting(InvalidParam::name)
                .containsExactly("pageSize");
        assertThat(refused("page", "twee")).extracting(InvalidParam::name).containsExactly("page");
    }

    @Test
    void expandIsOnlyKnownWhereTheEndpointOffersIt() {
        assertThat(read("expand", "hadBetrokkenen").expand().includes("hadBetrokkenen"))
                .isTrue();
        var refusal = catchThrowableOfType(
                ApiException.class,
                () -> QueryParameters.forList(query("expand", "hadBetrokkenen"), FILTERS, List.of()));
        assertThat(refusal.invalidParams())
                .singleElement()
                .extracting(InvalidParam::code)
                .isEqualTo("unknown-parameters");
    }
}
