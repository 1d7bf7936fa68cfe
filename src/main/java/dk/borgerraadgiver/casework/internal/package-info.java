/** Cases, complaint points, journal, forwards, messages, codes and the audit log as stored. */
@NullMarked
package dk.borgerraadgiver.casework.internal;

import org.jspecify.annotations.NullMarked;
