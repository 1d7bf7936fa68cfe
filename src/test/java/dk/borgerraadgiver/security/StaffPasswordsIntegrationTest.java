package dk.borgerraadgiver.security;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.MutableClock;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestClients;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff passwords without anyone else knowing them: the invitation link (single use, 72 hours), the
 * reset link (also "forgot password", which says nothing about whether an address exists), the
 * password policy, changing one's own password, and the first administrator of an empty installation.
 */
@PortalIntegrationTest
class StaffPasswordsIntegrationTest {

    private static final Pattern LINK = Pattern.compile("/login/adgangskode/([A-Za-z0-9_-]{43})");

    @Autowired
    StaffAdministration administration;
    @Autowired
    StaffPasswords passwords;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CitizenAdvisorRepository advisors;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AdministrativeChanges changes;

    @AfterEach
    void reset() {
        SignedIn.signOut();
        MutableClock.get().reset();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String tokenFromMailTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestSmtp.messagesTo(address).isEmpty());
        var mails = TestSmtp.messagesTo(address);
        var text = String.join("\n", Mails.textParts(mails.getLast()));
        var link = LINK.matcher(text);
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group(1);
    }

    @Test
    void an_invitation_link_sets_the_password_once_and_refuses_a_common_one() {
        SignedIn.as("admin", "ADMIN");
        var username = unique("inv");
        var address = username + "@example.dk";
        long id = administration.invite(username, "Inge Invitation", address, Set.of(StaffRole.ADVISOR), Set.of());
        SignedIn.signOut();

        var token = tokenFromMailTo(address);
        var mailText = String.join("\n", Mails.textParts(TestSmtp.messagesTo(address).getLast()));
        assertThat(mailText).contains(username).contains("kan bruges én gang og gælder til");
        assertThat(passwords.holderOf(token)).hasValueSatisfying(holder -> {
            assertThat(holder.username()).isEqualTo(username);
            assertThat(holder.purpose()).isEqualTo(StaffLinkPurpose.INVITATION);
        });

        assertThat(passwords.choosePassword(token, "password12345", "10.0.0.1")).contains(StaffPasswords.Refusal.COMMON);
        assertThat(passwords.choosePassword(token, "kort", "10.0.0.1")).contains(StaffPasswords.Refusal.TOO_SHORT);
        assertThat(passwords.choosePassword(token, username + "-hemmelig", "10.0.0.1"))
                .contains(StaffPasswords.Refusal.CONTAINS_USERNAME);
        assertThat(passwords.choosePassword(token, "tre grønne æbler på bordet", "10.0.0.1")).isEmpty();
        assertThat(encoder.matches("tre grønne æbler på bordet", advisors.findById(id).orElseThrow().passwordHash())).isTrue();

        assertThat(passwords.holderOf(token)).as("used once").isEmpty();
        assertThat(passwords.choosePassword(token, "en helt anden lang sætning", "10.0.0.1"))
                .contains(StaffPasswords.Refusal.LINK_UNUSABLE);
    }

    @Test
    void an_invitation_expires_after_72_hours_and_a_new_link_ends_the_old_ones_when_used() {
        SignedIn.as("admin", "ADMIN");
        var username = unique("exp");
        var address = username + "@example.dk";
        long id = administration.invite(username, "Eva Udløb", address, Set.of(StaffRole.ADVISOR), Set.of());
        var invitation = tokenFromMailTo(address);

        MutableClock.get().setTo(MutableClock.get().instant().plus(Duration.ofHours(71)));
        assertThat(passwords.holderOf(invitation)).as("still valid after 71 hours").isPresent();
        MutableClock.get().setTo(MutableClock.get().instant().plus(Duration.ofHours(2)));
        assertThat(passwords.holderOf(invitation)).as("expired after 73 hours").isEmpty();

        administration.sendPasswordReset(id);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.messagesTo(address).size() == 2);
        var reset = tokenFromMailTo(address);
        assertThat(reset).isNotEqualTo(invitation);
        assertThat(passwords.choosePassword(reset, "en ny og ganske lang sætning", "10.0.0.2")).isEmpty();
        assertThat(changes.installationWide()).extracting(AdministrativeChanges.Entry::changes)
                .anyMatch(text -> text.contains("link til ny adgangskode sendt"))
                .noneMatch(text -> text.contains("en ny og ganske lang sætning"));
    }

    @Test
    void forgot_password_mails_a_link_for_an_active_account_and_nothing_for_an_unknown_address() {
        var username = unique("glemt");
        var address = username + "@example.dk";
        accounts.create(username, "gammel-adgangskode-1", "Glemsom Medarbejder", address, Set.of(StaffRole.ADVISOR), Set.of());
        var unknown = unique("ingen") + "@example.dk";

        passwords.requestReset(unknown, TestClients.next());
        passwords.requestReset(address.toUpperCase(), TestClients.next());

        var token = tokenFromMailTo(address);
        assertThat(TestSmtp.messagesTo(unknown)).isEmpty();
        assertThat(passwords.holderOf(token)).hasValueSatisfying(holder -> assertThat(holder.purpose()).isEqualTo(StaffLinkPurpose.PASSWORD_RESET));
        MutableClock.get().setTo(MutableClock.get().instant().plus(Duration.ofMinutes(61)));
        assertThat(passwords.holderOf(token)).as("a reset link lasts an hour").isEmpty();
    }

    @Test
    void changing_ones_own_password_needs_the_current_one_and_follows_the_policy() {
        var username = unique("skift");
        accounts.create(username, "gammel-adgangskode-2", "Skifter Kode", username + "@example.dk", Set.of(StaffRole.ADVISOR), Set.of());
        SignedIn.as(username, "ADVISOR");

        assertThat(passwords.changeOwn("forkert-gammel-kode", "en lang og ny sætning", "10.0.0.3"))
                .contains(StaffPasswords.Refusal.WRONG_CURRENT);
        assertThat(passwords.changeOwn("gammel-adgangskode-2", "qwertyuiop1234", "10.0.0.3"))
                .contains(StaffPasswords.Refusal.COMMON);
        assertThat(passwords.changeOwn("gammel-adgangskode-2", "en lang og ny sætning", "10.0.0.3")).isEmpty();
        assertThat(encoder.matches("en lang og ny sætning", advisors.findByUsername(username).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void the_bootstrap_administrator_is_made_only_while_no_account_exists() throws Exception {
        var before = advisors.count();
        var bootstrap = new StaffBootstrap(advisors, encoder, changes, "first-admin", "start-password-1", "");
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(advisors.count()).as("accounts exist, so nothing is made").isEqualTo(before);
        assertThat(advisors.findByUsername("first-admin")).isEmpty();
    }
}
