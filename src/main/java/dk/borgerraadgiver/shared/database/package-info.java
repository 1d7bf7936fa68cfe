/** Which MariaDB the portal uses: the configured server, or an embedded one for the demo run. */
@NullMarked
package dk.borgerraadgiver.shared.database;

import org.jspecify.annotations.NullMarked;
