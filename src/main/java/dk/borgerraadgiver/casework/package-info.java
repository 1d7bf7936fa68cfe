/** The borgerrådgiver's back office: cases, complaint points, classification, journal and audit log. */
@NullMarked
@ApplicationModule(displayName = "Casework")
package dk.borgerraadgiver.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
