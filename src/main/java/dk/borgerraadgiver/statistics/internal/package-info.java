/** The advisor's own words for a report period, as stored. */
@NullMarked
package dk.borgerraadgiver.statistics.internal;

import org.jspecify.annotations.NullMarked;
