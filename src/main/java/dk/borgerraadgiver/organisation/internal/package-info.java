/** Municipalities, departments, meeting places and staff accounts as stored, and the demo organisation. */
@NullMarked
package dk.borgerraadgiver.organisation.internal;

import org.jspecify.annotations.NullMarked;
