/** The back office's case pages: inbox, one case, registration, other work, categories, import and the access log. */
@NullMarked
package dk.borgerraadgiver.casework.ui;

import org.jspecify.annotations.NullMarked;
