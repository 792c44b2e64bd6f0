package nl.kcc.klantinteracties.actor;

import java.util.Map;
import nl.kcc.klantinteracties.api.Wire;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An afdeling or groep as an actor of soort organisatorische eenheid, identified the way KISS identifies them in the
 * objects register: {@code codeObjecttype} {@code afd} or {@code grp}, {@code codeRegister} {@code obj},
 * {@code codeSoortObjectId} {@code idf}. The setup file and the beheer screens make them so, so that the tasks KISS
 * assigns to an afdeling reach the actor the werkplek knows.
 */
public final class OrganisatorischeEenheid {

    private OrganisatorischeEenheid() {}

    public enum Soort {
        AFDELING("afd"),
        GROEP("grp");

        private final String codeObjecttype;

        Soort(String codeObjecttype) {
            this.codeObjecttype = codeObjecttype;
        }

        public String codeObjecttype() {
            return codeObjecttype;
        }

        /** The soort an actor's identificator names; an afdeling unless it names a groep. */
        public static Soort of(ActorResponse actor) {
            return actor.actoridentificator() != null
                            && GROEP.codeObjecttype.equals(
                                    actor.actoridentificator().codeObjecttype())
                    ? GROEP
                    : AFDELING;
        }
    }

    private static final String REGISTER = "obj";
    private static final String SOORT_OBJECT_ID = "idf";

    /** The body of the POST that makes it, as a client of the API would send it. */
    public static ObjectNode body(String naam, Soort soort, String identificatie, boolean indicatieActief) {
        var body = JsonNodeFactory.instance.objectNode();
        body.put("naam", naam);
        body.put("soortActor", Wire.of(SoortActor.ORGANISATORISCHE_EENHEID));
        body.put("indicatieActief", indicatieActief);
        var identificator = body.putObject("actoridentificator");
        identificator.put("objectId", identificatie);
        identificator.put("codeObjecttype", soort.codeObjecttype());
        identificator.put("codeRegister", REGISTER);
        identificator.put("codeSoortObjectId", SOORT_OBJECT_ID);
        return body;
    }

    /** The query parameters of {@code /actoren} that find it by its identificatie. */
    public static Map<String, String[]> filter(Soort soort, String identificatie) {
        return Map.of(
                "actoridentificatorCodeObjecttype", new String[] {soort.codeObjecttype()},
                "actoridentificatorCodeRegister", new String[] {REGISTER},
                "actoridentificatorCodeSoortObjectId", new String[] {SOORT_OBJECT_ID},
                "actoridentificatorObjectId", new String[] {identificatie});
    }
}
