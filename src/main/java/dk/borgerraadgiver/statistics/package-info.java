/** Read-only reporting over classified cases: the report tables and charts, report drafts and exports. */
@NullMarked
@ApplicationModule(displayName = "Statistics", allowedDependencies = {"shared", "security", "organisation", "casework", "booking"})
package dk.borgerraadgiver.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
