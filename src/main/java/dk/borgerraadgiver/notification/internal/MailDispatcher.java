package dk.borgerraadgiver.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.ByteArrayDataSource;
import dk.borgerraadgiver.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.function.Consumer;

/**
 * Sends each intended mail at most once, keyed by what caused it. A failure is recorded and thrown,
 * so the event that asked for the mail stays incomplete and is retried later. The ledger keeps no
 * address and no content, and nothing personal goes to the log.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JavaMailSender mailSender;
    private final MailDeliveryRepository deliveries;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MailDispatcher(JavaMailSender mailSender, MailDeliveryRepository deliveries, NotificationProperties properties,
                   Clock clock, PlatformTransactionManager transactionManager) {
        this.mailSender = mailSender;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One mail an event asks for: its key in the ledger, its kind, and how to write it. */
    record Planned(String mailKey, String kind, long municipalityId, Supplier<Optional<OutgoingMail>> composer) {
    }

    /**
     * Each planned mail is its own delivery: one that fails (the citizen's address is refused) does not
     * keep the others (the advisor's notice) from being sent. The first failure is thrown afterwards,
     * so the event is retried, and the mails already sent are not sent again.
     */
    void dispatchEach(Planned... mails) {
        RuntimeException first = null;
        for (var mail : mails) {
            try {
                dispatch(mail.mailKey(), mail.kind(), mail.municipalityId(), mail.composer());
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    void dispatch(String mailKey, String kind, long municipalityId, Supplier<Optional<OutgoingMail>> composer) {
        boolean alreadyDone = Boolean.TRUE.equals(ownTransaction.execute(status -> {
            var delivery = deliveries.findByMailKey(mailKey)
                    .orElseGet(() -> new MailDelivery(mailKey, kind, municipalityId, clock.instant()));
            if (delivery.done()) {
                return true;
            }
            delivery.attempt(clock.instant());
            deliveries.save(delivery);
            return false;
        }));
        if (alreadyDone) {
            log.debug("Mail {} already sent; not sending again", mailKey);
            return;
        }
        var mail = composer.get();
        if (mail.isEmpty()) {
            update(mailKey, MailDelivery::skipped);
            return;
        }
        try {
            send(mail.get());
        } catch (MailException e) {
            var reason = e.getClass().getSimpleName() + rootCause(e);
            update(mailKey, delivery -> delivery.failed(reason));
            log.warn("Mail {} not sent, will retry: {}", mailKey, reason);
            throw e;
        }
        update(mailKey, delivery -> delivery.sent(clock.instant()));
        log.info("Mail {} sent", mailKey);
    }

    /**
     * Sends at once, outside the outbox, for mail that is useless late (a one-time code). Throws when
     * the server does not take it, so the caller can tell the citizen.
     */
    void sendNow(OutgoingMail mail, String kind) {
        try {
            send(mail);
            log.info("Mail of kind {} sent", kind);
        } catch (MailException e) {
            log.warn("Mail of kind {} not sent: {}", kind, e.getClass().getSimpleName() + rootCause(e));
            throw e;
        }
    }

    private void send(OutgoingMail message) {
        mailSender.send(mimeMessage -> {
            var helper = new MimeMessageHelper(mimeMessage, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.senderAddress(), message.senderName(), "UTF-8"));
            helper.setReplyTo(message.replyTo());
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            if (message.invite() != null) {
                var invite = message.invite();
                helper.addAttachment("invitation.ics", new ByteArrayDataSource(
                        invite.content().getBytes(StandardCharsets.UTF_8),
                        "text/calendar; charset=UTF-8; method=" + invite.method()));
            }
        });
    }

    private void update(String mailKey, Consumer<MailDelivery> change) {
        ownTransaction.executeWithoutResult(status -> deliveries.findByMailKey(mailKey).ifPresent(delivery -> {
            change.accept(delivery);
            deliveries.save(delivery);
        }));
    }

    /** The innermost exception's class only: its message could carry an address. */
    private static String rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? "" : " caused by " + cause.getClass().getSimpleName();
    }
}
