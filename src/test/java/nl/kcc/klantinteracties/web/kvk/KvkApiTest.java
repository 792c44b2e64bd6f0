package nl.kcc.klantinteracties.web.kvk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KvkApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAddressReadsAsOnAnEnvelope() {
        assertThat(KvkApi.adres(JSON.readTree("""
                        {"binnenlandsAdres": {"type": "bezoekadres", "straatnaam": "Marktplein", "huisnummer": 1,
                         "huisletter": "a", "postcode": "3511ab", "plaats": "Utrecht"}}"""))).containsExactly("Marktplein 1a", "3511 AB Utrecht");
        assertThat(KvkApi.adres(JSON.readTree("""
                        {"binnenlandsAdres": {"type": "postadres", "postbusnummer": 1234, "postcode": "3500 AA",
                         "plaats": "Utrecht"}}"""))).containsExactly("Postbus 1234", "3500 AA Utrecht");
        assertThat(KvkApi.adres(JSON.readTree("""
                        {"buitenlandsAdres": {"straatHuisnummer": "Rue de la Loi 16", "postcodeWoonplaats":
                         "1000 Brussel", "land": "België"}}"""))).containsExactly("Rue de la Loi 16", "1000 Brussel", "België");
        assertThat(KvkApi.adres(JSON.readTree("{}"))).isEmpty();
    }
}
