package dk.borgerraadgiver.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Event listeners run asynchronously, after commit; the outbox retry runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationConfiguration {
}
