/** The citizen's booking and home-visit flows and the advisor's agenda, office hours and drop-in pages. */
@NullMarked
package dk.borgerraadgiver.booking.ui;

import org.jspecify.annotations.NullMarked;
