/** The back-office page that lists mail that could not be delivered. */
@NullMarked
package dk.borgerraadgiver.notification.ui;

import org.jspecify.annotations.NullMarked;
