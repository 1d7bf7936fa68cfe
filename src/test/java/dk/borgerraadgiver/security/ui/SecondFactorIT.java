package dk.borgerraadgiver.security.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffRole;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.MutableClock;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff turns on two-step verification with an authenticator app (the test computes the
 * app's codes independently, RFC 6238), and from then on the password alone opens nothing: the back
 * office waits for the code, a code works once, and a recovery code works once.
 */
class SecondFactorIT extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password-1865";

    @Autowired
    StaffAccounts accounts;

    @AfterEach
    void resetClock() {
        MutableClock.get().reset();
    }

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String appCode(String secret) throws Exception {
        var key = new SecretKeySpec(new Base32().decode(secret.replace(" ", "")), "HmacSHA1");
        return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(key, MutableClock.get().instant(), Locale.ROOT);
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
        page.waitForURL(address -> !address.contains("/backoffice") && !address.contains("/login"));
    }

    private void nextTimeStep() {
        MutableClock.get().setTo(MutableClock.get().instant().plus(Duration.ofSeconds(30)));
    }

    @Test
    void staff_turn_on_two_step_verification_and_then_the_password_alone_opens_nothing() throws Exception {
        var username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, "Totrin Test", username + "@example.dk", Set.of(StaffRole.ADVISOR), Set.of());
        page.navigate(url("/backoffice"));
        signIn(username, PASSWORD);
        assertThat(h1()).hasText("Oversigt");

        page.navigate(url("/backoffice/totrinsbekraeftelse"));
        assertThat(h1()).hasText("Totrinsbekræftelse");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-kode, som din godkendelses-app kan scanne")))
                .isVisible();
        assertNoAccessibilityViolations();
        var secret = page.locator(".secret").textContent();
        var enrolmentCode = appCode(secret);
        page.getByLabel("Kode fra app", new Page.GetByLabelOptions().setExact(true)).fill(enrolmentCode);
        button("Slå totrinsbekræftelse til").click();
        assertThat(page.getByText("Totrinsbekræftelse er slået til.")).isVisible();
        var recoveryCodes = page.locator(".recovery-codes li");
        assertThat(recoveryCodes).hasCount(10);
        var recovery = recoveryCodes.first().textContent();
        assertThat(recovery).matches("[a-z2-7]{4}-[a-z2-7]{4}");
        signOut();

        page.navigate(url("/backoffice"));
        signIn(username, PASSWORD);
        assertThat(h1()).hasText("Bekræft, at det er dig");
        page.navigate(url("/backoffice/post"));
        // the password alone opens no page
        assertThat(h1()).hasText("Bekræft, at det er dig");
        assertNoAccessibilityViolations();

        var codeField = page.getByLabel("Kode fra app eller gendannelseskode");
        codeField.fill("000000".equals(appCode(secret)) ? "111111" : "000000");
        button("Bekræft").click();
        assertThat(page.getByText("Koden passer ikke.").first()).isVisible();
        codeField.fill(enrolmentCode);
        button("Bekræft").click();
        waitUntilVaadinIsIdle();
        // the enrolment's code cannot be used again
        assertThat(page).hasURL(url("/login/kode"));
        assertThat(h1()).hasText("Bekræft, at det er dig");

        nextTimeStep();
        codeField.fill(appCode(secret));
        button("Bekræft").click();
        assertThat(h1()).hasText("Oversigt");
        signOut();

        page.navigate(url("/backoffice"));
        signIn(username, PASSWORD);
        page.getByLabel("Kode fra app eller gendannelseskode").fill(recovery);
        button("Bekræft").click();
        // a recovery code instead of the phone
        assertThat(h1()).hasText("Oversigt");
        signOut();

        page.navigate(url("/backoffice"));
        signIn(username, PASSWORD);
        page.getByLabel("Kode fra app eller gendannelseskode").fill(recovery);
        button("Bekræft").click();
        // a recovery code works once
        assertThat(page.getByText("Koden passer ikke.").first()).isVisible();
    }
}
