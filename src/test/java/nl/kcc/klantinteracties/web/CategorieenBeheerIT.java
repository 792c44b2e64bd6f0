package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.security.Medewerker;
import org.junit.jupiter.api.Test;

/** A functioneel beheerder keeps the categorieën of partijen: makes one, renames one, and is told what is refused. */
class CategorieenBeheerIT extends BrowserIT {

    @Test
    void aBeheerderMakesAndRenamesCategorieen() {
        String ondernemer = viaApi().body(Map.of("naam", "Ondernemer"))
                .post("/categorieen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String wachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        login("bea", wachtwoord);
        page.navigate(werkplek("/beheer"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Beheer"))
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Categorieën"))
                .click();
        assertThat(page.getByLabel("Naam van Ondernemer")).hasValue("Ondernemer");

        // A name that is there already, in another case, is refused; nothing is made.
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("ondernemer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Categorie maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is al een categorie ondernemer.");
        assertThat(count()).isEqualTo(1);

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Inwoner");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Categorie maken"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De categorie Inwoner is gemaakt.");
        assertThat(page.getByLabel("Naam van Inwoner")).hasValue("Inwoner");
        assertThat(count()).isEqualTo(2);

        // Renamed to an empty name: refused at that categorie, with what was typed kept.
        page.getByLabel("Naam van Ondernemer").fill(" ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ondernemer hernoemen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef een naam: 1 tot 80 tekens.");
        assertThat(page.getByLabel("Naam van Ondernemer")).hasAttribute("aria-invalid", "true");
        screen("beheer-categorieen");

        page.getByLabel("Naam van Ondernemer").fill("Ondernemer (zzp)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ondernemer hernoemen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De categorie Ondernemer heet nu Ondernemer (zzp).");
        viaApi().get("/categorieen/" + ondernemer).then().body("naam", equalTo("Ondernemer (zzp)"));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_uuid = ?::uuid and user_name = 'Bea Beheer'")
                        .param(ondernemer)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        accessible();
    }

    private int count() {
        return viaApi().get("/categorieen").then().extract().path("count");
    }
}
