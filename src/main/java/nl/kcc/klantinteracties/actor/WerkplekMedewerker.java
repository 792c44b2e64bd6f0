package nl.kcc.klantinteracties.actor;

import java.util.Map;
import nl.kcc.klantinteracties.api.Wire;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The actor a werkplek account registers its work as when it was given none: a medewerker identified by its
 * gebruikersnaam in the register {@code werkplek}. Both the command line and the beheer screens make it this way, so
 * that the medewerker is found by the same identificator whichever made it.
 */
public final class WerkplekMedewerker {

    private WerkplekMedewerker() {}

    /** The body of the POST that makes the actor, as a client of the API would send it. */
    public static ObjectNode body(String gebruikersnaam, String naam) {
        var body = JsonNodeFactory.instance.objectNode();
        body.put("naam", naam);
        body.put("soortActor", Wire.of(SoortActor.MEDEWERKER));
        body.put("indicatieActief", true);
        var identificator = body.putObject("actoridentificator");
        identificator.put("objectId", gebruikersnaam);
        identificator.put("codeObjecttype", "mdw");
        identificator.put("codeRegister", "werkplek");
        identificator.put("codeSoortObjectId", "gebruikersnaam");
        return body;
    }

    /** The query parameters of {@code /actoren} that find it. */
    public static Map<String, String[]> filter(String gebruikersnaam) {
        return Map.of(
                "actoridentificatorCodeObjecttype", new String[] {"mdw"},
                "actoridentificatorCodeRegister", new String[] {"werkplek"},
                "actoridentificatorCodeSoortObjectId", new String[] {"gebruikersnaam"},
                "actoridentificatorObjectId", new String[] {gebruikersnaam});
    }
}
