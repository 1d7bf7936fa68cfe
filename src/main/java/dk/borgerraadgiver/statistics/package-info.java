/** Read-only reporting over classified cases: the tables and charts of the half-year and annual reports. */
@NullMarked
@ApplicationModule(displayName = "Statistics")
package dk.borgerraadgiver.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
