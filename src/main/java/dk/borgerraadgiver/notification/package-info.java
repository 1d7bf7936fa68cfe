/** Mail to citizens and staff, sent from an outbox in reaction to other modules' events; exposes no API. */
@NullMarked
@ApplicationModule(displayName = "Notification", allowedDependencies = {"shared", "security", "organisation", "booking", "booking::notices", "inquiry", "inquiry::notices", "casework"})
package dk.borgerraadgiver.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
