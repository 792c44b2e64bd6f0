package nl.kcc.klantinteracties.klantcontact;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import org.jspecify.annotations.Nullable;

/** The fields of a klantcontact as the standard defines them. */
public final class KlantcontactFields {

    private KlantcontactFields() {}

    static final String REFERENTIENUMMER_REDEN = "Een nummer bestaat uit hoogstens 10 cijfers.";

    public static final Field<?> GING_OVER_ONDERWERPOBJECTEN =
            Fields.refList("gingOverOnderwerpobjecten", "Onderwerpobject").readOnly();
    public static final Field<?> HAD_BETROKKEN_ACTOREN = Fields.shown(
            "hadBetrokkenActoren", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Actor")));
    public static final Field<?> OMVATTE_BIJLAGEN =
            Fields.refList("omvatteBijlagen", "Bijlage").readOnly();
    public static final Field<?> HAD_BETROKKENEN =
            Fields.refList("hadBetrokkenen", "Betrokkene").readOnly();
    public static final Field<?> LEIDDE_TOT_INTERNE_TAKEN =
            Fields.refList("leiddeTotInterneTaken", "InterneTaak").readOnly();
    public static final Fields.StringField NUMMER = Fields.string("nummer")
            .maxLength(10)
            .pattern("^[0-9]*$", REFERENTIENUMMER_REDEN)
            .nullable()
            .deprecated();
    public static final Fields.StringField REFERENTIENUMMER = Fields.string("referentienummer")
            .maxLength(10)
            .pattern("^[0-9]*$", REFERENTIENUMMER_REDEN)
            .nullable();
    public static final Fields.StringField KANAAL =
            Fields.string("kanaal").maxLength(50).required();
    public static final Fields.StringField ONDERWERP =
            Fields.string("onderwerp").maxLength(200).required();
    public static final Fields.StringField INHOUD = Fields.string("inhoud").maxLength(1000);
    public static final Fields.StringField REACTIE = Fields.string("reactie").maxLength(4000);
    public static final Fields.BooleanField INDICATIE_CONTACT_GELUKT =
            Fields.bool("indicatieContactGelukt").nullable();
    public static final Fields.StringField HOOFD_ONDERWERP_TYPE = Fields.string("hoofdOnderwerpType")
            .maxLength(200)
            .format("uri")
            .rule("invalid", KlantcontactFields::checkUrl);
    public static final Fields.BooleanField VERDERE_ACTIE_ONDERNOMEN = Fields.bool("verdereActieOndernomen");
    public static final Fields.StringField TAAL =
            Fields.string("taal").maxLength(3).required();
    public static final Fields.BooleanField VERTROUWELIJK =
            Fields.bool("vertrouwelijk").required();
    public static final Fields.DateTimeField PLAATSGEVONDEN_OP = Fields.dateTime("plaatsgevondenOp");
    public static final Fields.StringMapField METADATA =
            Fields.stringMap("metadata").valueMaxLength(255);

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "Klantcontact",
            Fields.uuid(),
            Fields.url(),
            GING_OVER_ONDERWERPOBJECTEN,
            HAD_BETROKKEN_ACTOREN,
            OMVATTE_BIJLAGEN,
            HAD_BETROKKENEN,
            LEIDDE_TOT_INTERNE_TAKEN,
            NUMMER,
            REFERENTIENUMMER,
            KANAAL,
            ONDERWERP,
            INHOUD,
            REACTIE,
            INDICATIE_CONTACT_GELUKT,
            HOOFD_ONDERWERP_TYPE,
            VERDERE_ACTIE_ONDERNOMEN,
            TAAL,
            VERTROUWELIJK,
            PLAATSGEVONDEN_OP,
            METADATA);

    private static @Nullable String checkUrl(String value) {
        try {
            var uri = new URI(value);
            if (uri.getScheme() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return "Geef een geldige URL op.";
    }
}
