/** Staff accounts, who is signed in, roles, the municipalities each member of staff serves, and the login. */
@NullMarked
@ApplicationModule(displayName = "Security", allowedDependencies = "shared")
package dk.borgerraadgiver.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
