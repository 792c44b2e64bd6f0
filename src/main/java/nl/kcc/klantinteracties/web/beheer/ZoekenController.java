package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.actor.SoortActor;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Zoeken: the beheerder's way to any partij, klantcontact, taak or actor from what a colleague or a supplier gives
 * them (a uuid from a log line or an API answer, a nummer, a referentienummer, a BSN or KvK-nummer), to open it in the
 * werkplek's own screens or its Geschiedenis. What the beheerder may not see is not found, as anywhere else.
 */
@Controller
class ZoekenController {

    /** Per kind of object: more than one nummer or BSN has in a register that keeps them unique. */
    private static final String PER_SOORT = "25";

    /** A result: what it is, how it is called, and where it opens. */
    record Treffer(
            String soort,
            @Nullable String naam,
            @Nullable String nummer,
            @Nullable String openen,
            String geschiedenis) {}

    private final PartijResource partijen;
    private final KlantcontactResource klantcontacten;
    private final InterneTaakResource taken;
    private final ActorResource actoren;

    ZoekenController(
            PartijResource partijen,
            KlantcontactResource klantcontacten,
            InterneTaakResource taken,
            ActorResource actoren) {
        this.partijen = partijen;
        this.klantcontacten = klantcontacten;
        this.taken = taken;
        this.actoren = actoren;
    }

    @GetMapping("/werkplek/beheer/zoeken")
    String zoeken(@RequestParam(defaultValue = "") String q, Medewerker ik, HttpServletRequest request, Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "zoeken");
        String gezocht = q.strip();
        model.addAttribute("q", gezocht);
        if (gezocht.isEmpty()) {
            model.addAttribute("treffers", null);
            return "werkplek/beheer/zoeken";
        }
        ApiContext context = Werkplek.context(request, ik);
        UUID uuid = Texts.parseUuid(gezocht);
        model.addAttribute("treffers", uuid != null ? opUuid(uuid, context) : opNummer(gezocht, context));
        return "werkplek/beheer/zoeken";
    }

    private List<Treffer> opUuid(UUID uuid, ApiContext context) {
        var treffers = new ArrayList<Treffer>();
        partijen.showAll(List.of(uuid), ExpandTree.NONE, context).values().forEach(p -> treffers.add(partij(p)));
        klantcontacten.showAll(List.of(uuid), ExpandTree.NONE, context).values().forEach(k -> treffers.add(contact(k)));
        taken.showAll(List.of(uuid), ExpandTree.NONE, context).values().forEach(t -> treffers.add(taak(t)));
        actoren.showAll(List.of(uuid), ExpandTree.NONE, context).values().forEach(a -> treffers.add(actor(a)));
        return treffers;
    }

    private List<Treffer> opNummer(String gezocht, ApiContext context) {
        // By uuid so that a partij found both by its nummer and by its BSN is one result.
        var gevonden = new LinkedHashMap<UUID, Treffer>();
        for (String filter : List.of("nummer", "partijIdentificator__objectId")) {
            partijen.list(Werkplek.query(partijen, filter, gezocht, "pageSize", PER_SOORT), context)
                    .items()
                    .forEach(p -> gevonden.putIfAbsent(p.uuid(), partij(p)));
        }
        for (String filter : List.of("nummer", "referentienummer")) {
            klantcontacten
                    .list(Werkplek.query(klantcontacten, filter, gezocht, "pageSize", PER_SOORT), context)
                    .items()
                    .forEach(k -> gevonden.putIfAbsent(k.uuid(), contact(k)));
        }
        taken.list(Werkplek.query(taken, "nummer", gezocht, "pageSize", PER_SOORT), context)
                .items()
                .forEach(t -> gevonden.putIfAbsent(t.uuid(), taak(t)));
        return List.copyOf(gevonden.values());
    }

    private static Treffer partij(PartijResponse p) {
        return new Treffer(
                "Partij",
                Weergave.naam(p),
                p.nummer(),
                "/werkplek/partijen/" + p.uuid(),
                "/werkplek/geschiedenis/partijen/" + p.uuid());
    }

    private static Treffer contact(KlantcontactResponse k) {
        return new Treffer(
                "Klantcontact",
                k.onderwerp(),
                k.nummer(),
                "/werkplek/klantcontacten/" + k.uuid(),
                "/werkplek/geschiedenis/klantcontacten/" + k.uuid());
    }

    private static Treffer taak(InterneTaakResponse t) {
        return new Treffer(
                "Taak",
                t.gevraagdeHandeling(),
                t.nummer(),
                "/werkplek/taken/" + t.uuid(),
                "/werkplek/geschiedenis/internetaken/" + t.uuid());
    }

    private static Treffer actor(ActorResponse a) {
        String soort = Objects.requireNonNull(a.soortActor(), "an actor has a soortActor");
        boolean eenheid = soort.equals(Wire.of(SoortActor.ORGANISATORISCHE_EENHEID));
        return new Treffer(
                "Actor (" + soort.replace('_', ' ') + ")",
                a.naam(),
                "",
                eenheid ? "/werkplek/beheer/afdelingen/" + a.uuid() : null,
                "/werkplek/geschiedenis/actoren/" + a.uuid());
    }
}
