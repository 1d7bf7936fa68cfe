/** Staff login and the access rules every route and service relies on. */
@NullMarked
@ApplicationModule(displayName = "Security", allowedDependencies = {"shared", "organisation"})
package dk.borgerraadgiver.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
