/** The staff login page. */
@NullMarked
package dk.borgerraadgiver.security.ui;

import org.jspecify.annotations.NullMarked;
