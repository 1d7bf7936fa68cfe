package dk.borgerraadgiver.security.ui;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.casework.CitizenKeys;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Citizens and MitID through a real OIDC provider started with the portal (mock-oauth2-server as the
 * broker, NemLog-in claim names): Karen signs in at the start of the complaint flow, finds her name
 * filled in and locked, sends the complaint, and reads the advisor's answer under "Mine sager" without a
 * one-time code; Ole, signed in too, sees none of it; a login at too low an assurance level is refused;
 * and no CPR number reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class CitizenMitIdIT extends BrowserTest {

    private static final String KAREN_CPR = "0505701234";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CitizenKeys keys;
    @Autowired
    CitizenMessages messages;
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static void signInWithMitId(Page page, String who) {
        button(page, "Log ind med MitID (test)").click();
        page.locator("input[name=username]").fill(who);
        page.locator("input[type=submit]").click();
    }

    private void continueWith(String nextHeading) {
        button(page, "Fortsæt").press("Enter");
        assertThat(h1(page)).hasText(nextHeading);
    }

    @Test
    void karen_complains_signed_in_with_mitid_and_follows_it_in_my_cases_which_ole_cannot_see(CapturedOutput output) {
        page.navigate(url("/ringsted/henvendelse"));
        assertThat(page.getByText("Du kan også fortsætte uden at logge ind.")).isVisible();
        assertNoAccessibilityViolations();
        signInWithMitId(page, "karen");
        assertThat(page.getByText("Du er logget ind med MitID som Karen Jensen.")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ringsted/henvendelse$"));

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling")).press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        answerScreening(page, "Ja");
        continueWith("Hvem drejer det sig om?");
        continueWith("Hvad er der sket?");
        page.getByLabel("Beskriv, hvad der er sket").fill("MitID-markør: intet svar om hjælpemidler");
        continueWith("Hvordan kan vi kontakte dig?");
        assertThat(page.getByLabel("Dit navn")).hasValue("Karen Jensen");
        assertThat(page.getByLabel("Dit navn")).not().isEditable();
        assertThat(page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true))).hasValue("karen.jensen@example.dk");
        assertThat(page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true))).not().isEditable();
        assertNoAccessibilityViolations();
        continueWith("Tjek dine svar");
        button(page, "Send henvendelsen").press("Enter");
        assertThat(h1(page)).hasText("Din henvendelse er sendt");

        var reference = jdbc.queryForObject("select reference from inquiry where description like ?", String.class, "MitID-markør%");
        await().until(() -> !jdbc.queryForList("select id from case_file where reference = ? "
                + "and municipality_id = (select id from municipality where slug = 'ringsted')", Long.class, reference).isEmpty());
        long caseId = jdbc.queryForObject("select id from case_file where reference = ? "
                + "and municipality_id = (select id from municipality where slug = 'ringsted')", Long.class, reference);
        assertThat(jdbc.queryForObject("select citizen_key from case_file where id = ?", String.class, caseId))
                .as("the pseudonymous key is made from the CPR number").isEqualTo(keys.keyFor(KAREN_CPR));
        assertThat(jdbc.queryForObject("select verified_identity from inquiry where reference = ? and description like ?", Boolean.class,
                reference, "MitID-markør%")).isTrue();
        var sealed = jdbc.queryForObject("select cpr_sealed from inquiry where description like ?", byte[].class, "MitID-markør%");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).as("stored only sealed").doesNotContain(KAREN_CPR);

        // The advisor answers. Signed in through this context's own strategy as well as the static one: a
        // portal started by another test class in the same JVM replaces the static strategy.
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("anne", null,
                java.util.List.of(new SimpleGrantedAuthority("ROLE_ADVISOR"))));
        securityContexts.setContext(context);
        SignedIn.as("anne", "ADVISOR");
        try {
            messages.send(caseId, "Vi har set på din klage om hjælpemidler");
        } finally {
            securityContexts.clearContext();
            SignedIn.signOut();
        }

        page.navigate(url("/mine-sager"));
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sag " + reference));
        assertThat(link).isVisible();
        assertNoAccessibilityViolations();
        var messagesPath = link.getAttribute("href");
        assertThat(messagesPath).doesNotContain(KAREN_CPR);
        link.click();
        assertThat(page.getByText("Vi har set på din klage om hjælpemidler")).isVisible();

        // A meeting booked while signed in is hers too, with the link to move or cancel it.
        page.navigate(url("/ringsted/book"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Møde på rådhuset")).press("Space");
        button(page, "Fortsæt").press("Enter");
        page.locator("button.calendar-day").first().press("Enter");
        page.getByRole(AriaRole.RADIO).first().press("Space");
        button(page, "Fortsæt").press("Enter");
        assertThat(page.getByLabel("Dit navn")).hasValue("Karen Jensen");
        button(page, "Fortsæt").press("Enter");
        button(page, "Bekræft booking").press("Enter");
        assertThat(h1(page)).containsText("booket");
        page.navigate(url("/mine-sager"));
        var meeting = page.locator(".my-cases").last().getByRole(AriaRole.LINK).first();
        assertThat(meeting).containsText("Møde på rådhuset");
        meeting.click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aflys mødet"))).isVisible();

        var ole = anotherBrowser();
        ole.navigate(url("/mine-sager"));
        signInWithMitId(ole, "ole");
        assertThat(ole.getByText("Du er logget ind med MitID som Ole Hansen.")).isVisible();
        assertThat(ole.locator("a[href='" + messagesPath + "']")).hasCount(0);
        assertThat(ole.locator("a[href^='/besked/']")).hasCount(jdbc.queryForObject("select count(*) from case_file "
                + "where citizen_key = ?", Integer.class, keys.keyFor("1010601235")));
        assertThat(ole.getByText("Du har ingen møder, som du har booket logget ind med MitID.")).isVisible();
        ole.navigate(url(messagesPath));
        assertThat(ole.getByText("Vi har set på din klage om hjælpemidler")).hasCount(0);

        page.navigate(url("/mine-sager"));
        button(page, "Log ud").click();
        page.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(url("/")) + "(\\?state=.*)?$"));
        page.navigate(url("/mine-sager"));
        assertThat(page.getByText("Log ind med MitID for at se dine henvendelser")).isVisible();

        assertThat(output.getAll()).as("no CPR number in the log").doesNotContain(KAREN_CPR).doesNotContain("1010601235");
    }

    @Test
    void ole_complains_for_his_mother_with_a_digital_power_of_attorney_and_is_not_asked_for_a_document() {
        page.navigate(url("/stevns/henvendelse"));
        signInWithMitId(page, "ole");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling")).press("Space");
        continueWith("Kan borgerrådgiveren tage sig af det?");
        answerScreening(page, "Ja");
        continueWith("Hvem drejer det sig om?");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("En anden person, som har givet mig fuldmagt")).press("Space");
        page.getByLabel("Navn på den, det drejer sig om").fill("Mor Hansen");
        continueWith("Hvad er der sket?");
        page.getByLabel("Beskriv, hvad der er sket").fill("Fuldmagt-markør: min mor har ikke fået svar");
        continueWith("Hvordan kan vi kontakte dig?");
        assertThat(page.getByLabel("Dit navn")).hasValue("Ole Hansen");
        page.getByLabel("Telefonnummer").fill("22 33 44 57");
        continueWith("Tjek dine svar");
        button(page, "Send henvendelsen").press("Enter");
        assertThat(h1(page)).hasText("Din henvendelse er sendt");
        assertThat(page.getByText("Husk at sende den underskrevne fuldmagt", new Page.GetByTextOptions().setExact(false))).hasCount(0);

        var reference = jdbc.queryForObject("select reference from inquiry where description like ?", String.class, "Fuldmagt-markør%");
        var caseQuery = "select poa_status, poa_verified_by from case_file where reference = ? "
                + "and municipality_id = (select id from municipality where slug = 'stevns')";
        await().until(() -> !jdbc.queryForList(caseQuery, reference).isEmpty());
        var poa = jdbc.queryForMap(caseQuery, reference);
        assertThat(poa.get("poa_status")).isEqualTo("VERIFIED");
        assertThat(poa.get("poa_verified_by")).isEqualTo("Digital Fuldmagt");
    }

    @Test
    void a_login_at_too_low_an_assurance_level_is_refused_with_a_message() {
        page.navigate(url("/ringsted"));
        signInWithMitId(page, "lav");
        assertThat(h1(page)).hasText("Du kunne ikke logge ind");
        assertThat(page.getByText("for lavt sikringsniveau", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertNoAccessibilityViolations();
        page.navigate(url("/mine-sager"));
        assertThat(page.getByText("Log ind med MitID for at se dine henvendelser")).isVisible();
    }
}
