package dk.borgerraadgiver.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Event listeners run asynchronously, after commit; the outbox retry runs on a schedule. A failed
 * listener is logged in one line with the exception's class only: mail exceptions can carry
 * addresses, which do not belong in the log. The event stays in the outbox and is retried.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (exception, method, parameters) -> log.warn("{}.{} failed ({}); the event will be retried",
                method.getDeclaringClass().getSimpleName(), method.getName(), exception.getClass().getSimpleName());
    }
}
