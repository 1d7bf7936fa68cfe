package dk.borgerraadgiver.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's answers to an attacker at the HTTP level, against the running portal: security
 * headers on every response, the sign-in form's origin check, throttling and generic error, the
 * security log, and staff sessions that end at the next request when they should.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityIntegrationTest {

    private static final String PASSWORD = "a-long-test-password-4711";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAdministration staffAdministration;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void resetClock() {
        MutableClock.get().reset();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient client, String username, String password, String from, String origin)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String newAdvisor() {
        var username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, "Sikkerhedstest", username + "@example.dk", Set.of(StaffRole.ADVISOR), Set.of());
        return username;
    }

    @Test
    void every_response_carries_the_security_headers_and_the_bootstrap_scripts_carry_the_policy_nonce() throws Exception {
        var page = get("/stevns");
        var policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        var nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'").doesNotContain("script-src 'self' 'unsafe-inline'");
        var scripts = Pattern.compile("<script[^>]*>").matcher(page.body()).results().map(m -> m.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));

        for (var response : new HttpResponse<?>[]{page, get("/themes/portal/styles.css"), get("/no-such-page")}) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(value -> assertThat(value).contains("camera=()"));
            assertThat(response.headers().allValues("X-Frame-Options")).hasSize(1);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        }
    }

    @Test
    void a_mistyped_citizen_address_opens_the_portal_not_the_staff_login_and_the_back_office_still_asks_for_one() throws Exception {
        // Vaadin then shows "Siden findes ikke" in the municipality's colours (CitizenLandingIT).
        for (var path : new String[]{"/stevns/findes-ikke", "/stevn/book"}) {
            var citizenPage = get(path, "Accept", "text/html");
            assertThat(citizenPage.statusCode()).as(path).isEqualTo(200);
            assertThat(location(citizenPage)).as(path).doesNotContain("/login");
        }
        for (var path : new String[]{"/backoffice/findes-ikke", "/backoffice/sager", "/mine-sager/x"}) {
            var staffPage = get(path, "Accept", "text/html");
            assertThat(staffPage.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(staffPage.body()).as(path).doesNotContain("Siden findes ikke");
        }
    }

    @Test
    void behind_a_tls_proxy_the_portal_sends_hsts_and_a_secure_session_cookie() throws Exception {
        var page = get("/stevns", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(value -> assertThat(value).contains("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void a_sign_in_from_a_foreign_page_is_refused() throws Exception {
        var username = newAdvisor();

        var foreign = signIn(http, username, PASSWORD, TestClients.next(), "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).as("a Danish error page, not Spring's whitelabel")
                .contains("<html lang=\"da\">", "<title>Siden kan ikke vises").doesNotContain("Whitelabel");
        assertThat(signIn(http, username, PASSWORD, TestClients.next(), null).statusCode()).isEqualTo(403);
        assertThat(location(signIn(http, username, PASSWORD, TestClients.next(), url("")))).isEqualTo(url("/backoffice"));
    }

    @Test
    void five_wrong_passwords_lock_that_account_from_that_client_only_and_the_log_names_nobody(CapturedOutput output)
            throws Exception {
        var username = newAdvisor();
        var attacker = TestClients.next();
        for (int i = 0; i < 5; i++) {
            assertThat(location(signIn(http, username, "guess-" + i, attacker, url("")))).endsWith("/login?error");
        }

        var locked = signIn(http, username, PASSWORD, attacker, url(""));
        assertThat(location(locked)).as("even the right password waits").matches(".*/login\\?locked=1[45]");
        var colleague = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(location(signIn(colleague, username, PASSWORD, TestClients.next(), url("")))).isEqualTo(url("/backoffice"));

        MutableClock.get().setTo(MutableClock.get().instant().plus(Duration.ofMinutes(16)));
        assertThat(location(signIn(http, username, PASSWORD, attacker, url("")))).as("the lock lifts by itself").isEqualTo(url("/backoffice"));

        assertThat(output.getOut()).contains("event=login.failure", "event=login.locked", "event=login.refusedWhileLocked",
                "event=login.success").doesNotContain(username).doesNotContain(attacker);
    }

    @Test
    void an_unknown_username_gets_the_same_answer_as_a_wrong_password() throws Exception {
        var username = newAdvisor();

        var unknown = signIn(http, "nobody-" + UUID.randomUUID(), PASSWORD, TestClients.next(), url(""));
        var wrong = signIn(http, username, "wrong-password", TestClients.next(), url(""));

        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
        assertThat(location(unknown)).isEqualTo(location(wrong)).endsWith("/login?error");
    }

    @Test
    void a_staff_session_ends_at_the_next_request_after_its_lifetime_deactivation_or_a_role_change() throws Exception {
        var username = newAdvisor();
        var client = TestClients.next();
        assertThat(location(signIn(http, username, PASSWORD, client, url("")))).isEqualTo(url("/backoffice"));
        assertThat(get("/backoffice", "X-Forwarded-For", client).statusCode()).isEqualTo(200);

        MutableClock.get().setTo(MutableClock.get().instant().plus(Duration.ofHours(10).plusMinutes(1)));
        assertThat(location(get("/backoffice", "X-Forwarded-For", client))).as("after 10 hours").endsWith("/login");
        MutableClock.get().reset();

        assertThat(location(signIn(http, username, PASSWORD, client, url("")))).doesNotContain("/login");
        jdbc.update("update citizen_advisor_role set role = 'ADMIN' where advisor_id = (select id from citizen_advisor where username = ?)", username);
        assertThat(location(get("/backoffice", "X-Forwarded-For", client))).as("after a role change").endsWith("/login");

        assertThat(location(signIn(http, username, PASSWORD, client, url("")))).doesNotContain("/login");
        SignedIn.as("admin", "ADMIN");
        try {
            staffAdministration.setActive(accounts.advisorId(username).orElseThrow(), false);
        } finally {
            SignedIn.signOut();
        }
        assertThat(location(get("/backoffice", "X-Forwarded-For", client))).as("after deactivation").endsWith("/login");
        assertThat(location(signIn(http, username, PASSWORD, client, url("")))).as("and it cannot sign in again").endsWith("/login?error");
    }
}
