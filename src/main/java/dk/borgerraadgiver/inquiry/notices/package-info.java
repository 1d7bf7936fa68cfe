/**
 * What the notification module (and casework, registering a portal inquiry as a case) may read of an
 * inquiry without a signed-in advisor: its status, content and follow link. No view may use it.
 */
@NullMarked
@NamedInterface("notices")
package dk.borgerraadgiver.inquiry.notices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
