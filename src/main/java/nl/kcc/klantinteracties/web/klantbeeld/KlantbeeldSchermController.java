package nl.kcc.klantinteracties.web.klantbeeld;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.klantbeeld.Klantbeeld;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.partij.PartijIdentificatorResponse;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.Kanalen;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.brp.BrpApi;
import nl.kcc.klantinteracties.web.kvk.KvkApi;
import nl.kcc.klantinteracties.web.zaken.ZakenApi;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Klantbeeld (C4161): the known klant with identificatoren, addresses and digitale adressen (voorkeur marked), the
 * contact history newest first, the interne taken still open with how long the klant has waited, and the zaken the
 * contacts were about. What it shows is the register's klantbeeld, with what the medewerker may not see left out.
 */
@Controller
class KlantbeeldSchermController {

    static final int PAGE_SIZE = 20;

    /** An open task in the klantbeeld, with what the contact was about and how long the klant has waited. */
    record OpenTaak(Weergave.Taak taak, String onderwerp, String wachttijd) {}

    /** A zaak a contact was about, as the register knows it: its identification. */
    /** @param identificatie the zaaknummer the zaaksysteem gave for a zaak linked by its uuid, or null */
    record Zaak(
            String objectId, UUID klantcontact, @Nullable String identificatie) {
        public String getNummer() {
            return identificatie != null && !identificatie.isBlank() ? identificatie : Weergave.objectnummer(objectId);
        }
    }

    /** More zaken than this on one screen are history; the contacts that were about them are still listed. */
    static final int MAXIMUM_ZAKEN = 50;

    private final Klantbeeld klantbeeld;
    private final KlantcontactResource klantcontacten;
    private final Actoren actoren;
    private final JdbcClient jdbc;
    private final ZakenApi zakenApi;
    private final BrpApi brp;
    private final KvkApi kvk;
    private final Kanalen kanalen;

    KlantbeeldSchermController(
            Klantbeeld klantbeeld,
            KlantcontactResource klantcontacten,
            Actoren actoren,
            JdbcClient jdbc,
            ZakenApi zakenApi,
            BrpApi brp,
            KvkApi kvk,
            Kanalen kanalen) {
        this.kvk = kvk;
        this.kanalen = kanalen;
        this.klantbeeld = klantbeeld;
        this.klantcontacten = klantcontacten;
        this.actoren = actoren;
        this.jdbc = jdbc;
        this.zakenApi = zakenApi;
        this.brp = brp;
    }

    @GetMapping("/werkplek/partijen/{uuid}")
    String klantbeeld(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "telefoon") String kanaal,
            @RequestParam(defaultValue = "1") int pagina,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        ApiContext context = Werkplek.context(request, medewerker);
        int page = Math.max(1, pagina);
        var beeld = klantbeeld.of(uuid, new PageRequest(page, PAGE_SIZE), context);
        var contacten = beeld.contacten();

        model.addAttribute("nav", "contact");
        model.addAttribute("kanaal", kanaal);
        model.addAttribute("partij", Weergave.partij(beeld.partij()));
        model.addAttribute(
                "digitaleAdressen",
                beeld.digitaleAdressen().stream()
                        .map(a -> Weergave.digitaalAdres(
                                a.digitaalAdres(),
                                a.voorkeur() ? a.digitaalAdres().uuid() : null))
                        .toList());
        Map<String, String> kanaalLabels = kanalen.labels();
        model.addAttribute(
                "contacten",
                contacten.items().stream()
                        .map(k -> Weergave.klantcontact(k, kanaalLabels))
                        .toList());
        model.addAttribute("aantalContacten", contacten.count());
        model.addAttribute("pagina", page);
        model.addAttribute("volgende", contacten.hasNext());
        model.addAttribute("vorige", contacten.hasPrevious());
        model.addAttribute("openTaken", openTaken(beeld, context));
        List<Zaak> zaken = zaken(uuid, context);
        model.addAttribute("brp", brpVan(beeld.partij()));
        model.addAttribute("kvk", kvkVan(beeld.partij()));
        if (zakenApi.ingesteld()) {
            ZakenApi.Zaken zaaksysteem = zakenApi.vanPartij(beeld.partij());
            model.addAttribute("zaaksysteem", zaaksysteem);
            // A zaak a client linked by its uuid is named by the zaaknummer the zaaksysteem gives it.
            Map<String, String> nummers = new HashMap<>();
            zaaksysteem.zaken().forEach(z -> nummers.put(z.uuid(), z.identificatie()));
            zaken = zaken.stream()
                    .map(z -> new Zaak(z.objectId(), z.klantcontact(), nummers.get(z.objectId())))
                    .toList();
        }
        model.addAttribute("zaken", zaken);
        return "werkplek/klantbeeld";
    }

    private List<OpenTaak> openTaken(Klantbeeld.Beeld beeld, ApiContext context) {
        var actorUuids = beeld.openInterneTaken().stream()
                .flatMap(t -> t.interneTaak().toegewezenAanActoren().stream())
                .map(Reference::uuid)
                .collect(Collectors.toSet());
        var namen = actoren.get(actorUuids, context);
        Map<UUID, KlantcontactResponse> contacten = new HashMap<>();
        beeld.contacten().items().forEach(k -> contacten.put(k.uuid(), k));
        // A task can hang under a contact on another page of the history.
        var elders = beeld.openInterneTaken().stream()
                .map(open -> Weergave.aanleiding(open.interneTaak()))
                .filter(k -> !contacten.containsKey(k))
                .collect(Collectors.toSet());
        if (!elders.isEmpty()) {
            contacten.putAll(klantcontacten.showAll(elders, ExpandTree.NONE, context));
        }
        return beeld.openInterneTaken().stream()
                .map(open -> {
                    var taak = open.interneTaak();
                    var contact = contacten.get(Weergave.aanleiding(taak));
                    return new OpenTaak(
                            Weergave.taak(taak, namen),
                            contact == null ? "" : contact.onderwerp(),
                            Weergave.wachttijd(open.wachtendSinds()));
                })
                .toList();
    }

    /** The zaken any of the partij's contacts that the medewerker may see was about, latest contact first. */
    private List<Zaak> zaken(UUID partij, ApiContext context) {
        return jdbc.sql("""
                        select object_id, klantcontact_uuid from (
                            select distinct on (o.identificator_object_id, o.identificator_code_register)
                                o.identificator_object_id as object_id,
                                k.uuid as klantcontact_uuid, k.plaatsgevonden_op
                            from onderwerpobject o
                            join klantcontact k on k.uuid = o.klantcontact_uuid
                            where o.identificator_code_objecttype = 'zaak'
                              and exists (select 1 from betrokkene b
                                          where b.klantcontact_uuid = k.uuid and b.partij_uuid = ?)
                              and %s
                            order by o.identificator_object_id, o.identificator_code_register,
                                     k.plaatsgevonden_op desc) zaak
                        order by plaatsgevonden_op desc
                        limit %d""".formatted(Vertrouwelijkheid.klantcontact("k", context), MAXIMUM_ZAKEN))
                .param(partij)
                .query((rs, row) ->
                        new Zaak(rs.getString("object_id"), rs.getObject("klantcontact_uuid", UUID.class), null))
                .list();
    }

    /**
     * What the Handelsregister knows of a klant with a KvK-nummer or vestigingsnummer, when the KvK is configured;
     * null otherwise.
     */
    private KvkApi.@Nullable Bedrijven kvkVan(PartijResponse partij) {
        String kvkNummer = identificator(partij, "kvk_nummer");
        String vestigingsnummer = identificator(partij, "vestigingsnummer");
        if (!kvk.ingesteld() || (kvkNummer == null && vestigingsnummer == null)) {
            return null;
        }
        return kvk.raadpleeg(kvkNummer, vestigingsnummer);
    }

    private static @Nullable String identificator(PartijResponse partij, String soort) {
        return partij.partijIdentificatoren().stream()
                .map(PartijIdentificatorResponse::partijIdentificator)
                .filter(i -> i != null && soort.equals(i.codeSoortObjectId()))
                .map(PartijIdentificatorResponse.Groep::objectId)
                .findFirst()
                .orElse(null);
    }

    /** What the BRP knows of a klant with a BSN, when a BRP is configured; null otherwise. */
    private BrpApi.@Nullable Personen brpVan(PartijResponse partij) {
        String bsn = ZakenApi.bsn(partij);
        return brp.ingesteld() && bsn != null ? brp.raadpleeg(List.of(bsn)) : null;
    }
}
