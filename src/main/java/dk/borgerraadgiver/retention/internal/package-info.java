@NullMarked
package dk.borgerraadgiver.retention.internal;

import org.jspecify.annotations.NullMarked;
