/** The administration pages (ADMIN only). */
@NullMarked
package dk.borgerraadgiver.administration.ui;

import org.jspecify.annotations.NullMarked;
