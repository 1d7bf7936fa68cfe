/**
 * What the notification module may read of a booking without a signed-in advisor, to write its mails
 * and reminders. No view may use it.
 */
@NullMarked
@NamedInterface("notices")
package dk.borgerraadgiver.booking.notices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
