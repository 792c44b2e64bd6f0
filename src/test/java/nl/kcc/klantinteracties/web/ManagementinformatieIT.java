package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.security.Medewerker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Managementinformatie: a conversation of two vragen registered in the werkplek and contacts that API clients wrote
 * are counted by kanaal, afdeling and gespreksresultaat; a confidential contact only for a beheerder with the role.
 */
class ManagementinformatieIT extends BrowserIT {

    private UUID vergunningen;
    private UUID belastingen;
    private String nicole;
    private String bea;
    private String vertrouwelijkeBea;

    @BeforeEach
    void seed() {
        UUID kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        belastingen = actor("Belastingen", "organisatorische_eenheid");
        nicole = account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        bea = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        vertrouwelijkeBea = accounts.create(
                new Medewerker("vera", "Vera Beheer", actor("Vera Beheer", "medewerker"), List.of(), true, true));
    }

    @Test
    void aBeheerderSeesTheMonthByKanaalAfdelingAndGespreksresultaat() {
        for (String kanaal : List.of("email", "email")) {
            viaApi().body(Map.of(
                            "kanaal", kanaal, "onderwerp", "Vraag per e-mail", "taal", "nld", "vertrouwelijk", false))
                    .post("/klantcontacten")
                    .then()
                    .statusCode(201);
        }
        viaApi().body(Map.of("kanaal", "email", "onderwerp", "Geheim", "taal", "nld", "vertrouwelijk", true))
                .post("/klantcontacten")
                .then()
                .statusCode(201);

        login("nicole", nicole);
        page.navigate(werkplek("/contact?kanaal=telefoon"));
        vraag("De vraag").getByLabel("Onderwerp").fill("Dakkapel");
        vraag("De vraag").getByLabel("Afdeling").selectOption(vergunningen.toString());
        vraag("De vraag").getByLabel("Gespreksresultaat").selectOption(new SelectOption().setLabel("Doorverbonden"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een vraag"))
                .click();
        vraag("Vraag 2").getByLabel("Onderwerp").fill("Afvalstoffenheffing");
        vraag("Vraag 2").getByLabel("Afdeling").selectOption(belastingen.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS)).containsText("De 2 vragen");
        logout();

        login("bea", bea);
        page.navigate(werkplek("/beheer"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Managementinformatie")
                                .setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.MAIN))
                .containsText("4 klantcontacten in deze periode, waarvan 2 vastgelegd in de werkplek in 1 gesprek");
        assertThat(rij("Per kanaal", "E-mail")).containsText("2");
        assertThat(rij("Per kanaal", "Telefoon")).containsText("2");
        assertThat(rij("Per afdeling", "Vergunningen")).containsText("1");
        assertThat(rij("Per afdeling", "Belastingen")).containsText("1");
        assertThat(rij("Per gespreksresultaat", "Doorverbonden")).containsText("1");
        assertThat(rij("Per gespreksresultaat", "Geen gespreksresultaat gekozen"))
                .containsText("1");
        screen("beheer-managementinformatie");

        // A period without contacts, and one that cannot be.
        page.getByLabel("Van").fill("2020-01-01");
        page.getByLabel("Tot en met").fill("2020-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("0 klantcontacten in deze periode.");
        page.getByLabel("Van").fill("2020-02-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("De laatste dag ligt vóór de eerste dag");
        accessible();
        logout();

        login("vera", vertrouwelijkeBea);
        page.navigate(werkplek("/beheer/managementinformatie"));
        assertThat(rij("Per kanaal", "E-mail")).containsText("3");
    }

    private Locator vraag(String titel) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(titel).setExact(true));
    }

    private Locator rij(String tabel, String naam) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(tabel))
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.CELL,
                                new Page.GetByRoleOptions().setName(naam).setExact(true))));
    }
}
