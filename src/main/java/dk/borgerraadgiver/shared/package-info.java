/** Domain primitives, database start-up, languages and the two UI shells that every module uses. */
@NullMarked
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package dk.borgerraadgiver.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
