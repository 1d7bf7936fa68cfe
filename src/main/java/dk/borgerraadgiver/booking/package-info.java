/** Office hours, bookable slots and the citizen's bookings with the borgerrådgiver. */
@NullMarked
@ApplicationModule(displayName = "Booking", allowedDependencies = {"shared", "security", "organisation"})
package dk.borgerraadgiver.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
