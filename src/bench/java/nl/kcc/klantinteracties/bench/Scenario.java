package nl.kcc.klantinteracties.bench;

/** The benchmark's scenarios: what a contact centre does all day, as its clients (KISS) ask it of the register. */
enum Scenario {
    S1A("Register a whole contact as KISS does: klantcontact, actor link, betrokkene, digitaal adres, interne taak"
            + " (5 requests)"),
    S1B("The same contact, with an onderwerpobject, in one request to /maak-klantcontact (the standard's parts and"
            + " the register's extensions: actoren, digitaleAdressen, interneTaak)"),
    S2("Find a person by BSN with their digitale adressen: /partijen?partijIdentificator__objectId=<bsn>"
            + "&expand=digitaleAdressen"),
    S3("Contact history of a partij: /klantcontacten?hadBetrokkene__wasPartij__uuid=<uuid>"
            + "&expand=hadBetrokkenen,leiddeTotInterneTaken"),
    S4("Task inbox of an afdeling: /internetaken?toegewezenAanActor__uuid=<afdeling>&status=te_verwerken"),
    S5("Paging deep into all contacts: /klantcontacten?pageSize=100&page=<1..50>"
            + "&expand=hadBetrokkenen,gingOverOnderwerpobjecten"),
    S6("Search contactverzoeken by telephone number or e-mail address: /digitaleadressen?adres=<adres>"
            + "&expand=verstrektDoorBetrokkene");

    final String description;

    Scenario(String description) {
        this.description = description;
    }

    boolean writes() {
        return this == S1A || this == S1B;
    }

    /** The request of a write scenario that completes one contact, whose rate is the contacts registered per second. */
    String lastRequest() {
        return this == S1B ? name() + " maak-klantcontact" : name() + " internetaak";
    }
}
