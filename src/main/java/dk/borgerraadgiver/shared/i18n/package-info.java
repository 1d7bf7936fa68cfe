/** Danish first, English second: the bundles, the session's language and the switch between them. */
@NullMarked
package dk.borgerraadgiver.shared.i18n;

import org.jspecify.annotations.NullMarked;
