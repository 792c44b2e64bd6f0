package nl.kcc.klantinteracties.contactgegevens;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.jspecify.annotations.Nullable;

/** A persoon as the API shows it. */
public record PersoonResponse(
        UUID uuid,
        String url,
        @Nullable LocalDate geboortedatum,
        @Nullable LocalDate overlijdensdatum,
        @Nullable String geslachtsnaam,
        String geslacht,
        String voorvoegsel,
        String voornamen,
        @Nullable Adres adres)
        implements Representation {

    /** The Contactgegevens API has no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
