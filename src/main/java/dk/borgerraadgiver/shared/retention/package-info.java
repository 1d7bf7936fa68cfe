/** The contract between the retention module and the modules that own personal data. */
@NullMarked
package dk.borgerraadgiver.shared.retention;

import org.jspecify.annotations.NullMarked;
