/** The borgerrådgiver's back office: cases, complaint points, classification, journal, secure messages and audit log. */
@NullMarked
@ApplicationModule(displayName = "Casework", allowedDependencies = {"shared", "security", "organisation", "inquiry", "inquiry::upload", "inquiry::notices", "booking"})
package dk.borgerraadgiver.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
