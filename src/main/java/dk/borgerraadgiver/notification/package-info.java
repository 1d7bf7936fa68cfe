/** Mail to citizens and staff, sent from an outbox in reaction to other modules' events. */
@NullMarked
@ApplicationModule(displayName = "Notification")
package dk.borgerraadgiver.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
