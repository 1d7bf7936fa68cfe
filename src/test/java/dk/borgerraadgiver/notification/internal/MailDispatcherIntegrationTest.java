package dk.borgerraadgiver.notification.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import dk.borgerraadgiver.support.Mails;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An event that asks for several mails (the citizen's receipt and the advisor's notice) sends each as
 * its own delivery: a receipt the mail library refuses does not keep the advisor's notice from going out
 * (regression: the first failure stopped the rest, so the advisor never heard of the inquiry).
 */
@PortalIntegrationTest
class MailDispatcherIntegrationTest {

    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_refused_mail_does_not_stop_the_next_one_and_the_failure_is_still_reported() {
        var key = UUID.randomUUID().toString();
        var refused = new MailDispatcher.Planned("test-receipt:" + key, "TEST", 1, () -> Optional.of(mail("a(b@example.test", key)));
        var notice = new MailDispatcher.Planned("test-notice:" + key, "TEST", 1, () -> Optional.of(mail("advisor-" + key + "@example.test", key)));

        assertThatThrownBy(() -> dispatcher.dispatchEach(refused, notice)).isInstanceOf(MailException.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo("advisor-" + key + "@example.test").stream()
                .anyMatch(m -> Mails.textParts(m).stream().anyMatch(text -> text.contains("Reference " + key))));
        assertThat(status("test-receipt:" + key)).isEqualTo("FAILED");
        assertThat(status("test-notice:" + key)).isEqualTo("SENT");
    }

    private String status(String mailKey) {
        return jdbc.queryForObject("SELECT status FROM mail_delivery WHERE mail_key = ?", String.class, mailKey);
    }

    private static OutgoingMail mail(String to, String key) {
        var text = "Reference " + key;
        return new OutgoingMail(to, "borgerraadgiver@example.test", "Test", "Test", text, "<p>" + text + "</p>", null);
    }
}
