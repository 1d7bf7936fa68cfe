@NullMarked
package dk.borgerraadgiver.retention.ui;

import org.jspecify.annotations.NullMarked;
