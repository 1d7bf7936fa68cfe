/** Municipalities, their departments and meeting places, and the staff who serve them. */
@NullMarked
@ApplicationModule(displayName = "Organisation", allowedDependencies = {"shared", "security"})
package dk.borgerraadgiver.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
