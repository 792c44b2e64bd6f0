package nl.kcc.klantinteracties.klantcontact;

/** What {@code /maak-klantcontact} registered, each part as its own endpoint shows it; a part not sent is null. */
public record MaakKlantcontactResponse(
        KlantcontactResponse klantcontact, BetrokkeneResponse betrokkene, OnderwerpobjectResponse onderwerpobject) {}
