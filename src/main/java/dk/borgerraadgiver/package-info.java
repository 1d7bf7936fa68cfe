/** The borgerrådgiver portal: the application class and the app shell that every page shares. */
@NullMarked
package dk.borgerraadgiver;

import org.jspecify.annotations.NullMarked;
