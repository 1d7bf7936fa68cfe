/** The citizen's way in (choose a municipality, its landing page) and the back office's start page. */
@NullMarked
package dk.borgerraadgiver.organisation.ui;

import org.jspecify.annotations.NullMarked;
