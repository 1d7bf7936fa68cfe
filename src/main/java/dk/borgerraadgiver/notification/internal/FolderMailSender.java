package dk.borgerraadgiver.notification.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.borgerraadgiver.notification.NotificationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import java.time.ZoneOffset;

/**
 * For the embedded demo run: mail is written as {@code .eml} files to a folder (open them with any
 * mail program) instead of leaving the machine. Switched on by {@code portal.notification.mail-folder}.
 */
class FolderMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(FolderMailSender.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path folder;
    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();

    FolderMailSender(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originalMessages) {
        for (MimeMessage message : messages) {
            try {
                Files.createDirectories(folder);
                var file = folder.resolve(STAMP.format(clock.instant().atZone(ZoneOffset.UTC))
                        + "-" + counter.incrementAndGet() + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                log.info("Mail written to {}", file.toAbsolutePath());
            } catch (IOException | MessagingException e) {
                throw new MailSendException("Could not write mail to folder", e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FolderMailConfiguration {

        @Bean
        @ConditionalOnExpression("'${portal.notification.mail-folder:}' != ''")
        JavaMailSender folderMailSender(NotificationProperties properties, Clock clock) {
            return new FolderMailSender(Path.of(properties.mailFolder()), clock);
        }
    }
}
