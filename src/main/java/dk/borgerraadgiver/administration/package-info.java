/**
 * Administration without SQL: the pages where an administrator sets up municipalities, departments,
 * meeting places and staff accounts, and reads the log of administrative changes. The rules live in
 * the modules that own the data (organisation, security, casework); this module puts them together.
 */
@NullMarked
@ApplicationModule(displayName = "Administration", allowedDependencies = {"shared", "security", "organisation", "casework", "booking", "retention"})
package dk.borgerraadgiver.administration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
