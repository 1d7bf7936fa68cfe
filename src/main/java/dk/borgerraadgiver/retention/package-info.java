/**
 * Personal data has an end: the nightly retention run, its preview and history, the legal hold, and
 * the citizen's rights of access and erasure. The modules that own personal data erase it through
 * their {@link dk.borgerraadgiver.shared.retention.RetentionSweep}s; this module decides when.
 */
@NullMarked
@ApplicationModule(displayName = "Retention", allowedDependencies = {"shared", "security", "organisation", "casework", "booking", "inquiry"})
package dk.borgerraadgiver.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
