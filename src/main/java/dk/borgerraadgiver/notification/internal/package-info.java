/** The outbox that writes and sends each mail once, its templates and the reminder job. */
@NullMarked
package dk.borgerraadgiver.notification.internal;

import org.jspecify.annotations.NullMarked;
