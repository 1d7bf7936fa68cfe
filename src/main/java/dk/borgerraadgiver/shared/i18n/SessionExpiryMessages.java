package dk.borgerraadgiver.shared.i18n;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * When a session has expired (a form left open for too long), the citizen is told plainly, in their
 * language, that what was not sent is lost, instead of the framework's English default.
 */
@Component
class SessionExpiryMessages implements VaadinServiceInitListener {

    private final MessageSource messages;

    SessionExpiryMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var locale = info.getLocale() == null ? PortalLanguages.DANISH
                    : PortalLanguages.fromCode(info.getLocale().getLanguage()).orElse(PortalLanguages.DANISH);
            var system = new CustomizedSystemMessages();
            system.setSessionExpiredCaption(messages.getMessage("session.expired.caption", null, locale));
            system.setSessionExpiredMessage(messages.getMessage("session.expired.message", null, locale));
            system.setSessionExpiredNotificationEnabled(true);
            system.setInternalErrorCaption(messages.getMessage("session.error.caption", null, locale));
            system.setInternalErrorMessage(messages.getMessage("session.error.message", null, locale));
            return system;
        });
    }
}
