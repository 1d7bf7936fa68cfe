/** Bookings, meeting types, opening hours and closures as stored, and the engine that books without double booking. */
@NullMarked
package dk.borgerraadgiver.booking.internal;

import org.jspecify.annotations.NullMarked;
