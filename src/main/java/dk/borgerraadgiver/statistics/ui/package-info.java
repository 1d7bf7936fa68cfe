/** The statistics page: report tables, charts, the cases behind a figure and the downloads. */
@NullMarked
package dk.borgerraadgiver.statistics.ui;

import org.jspecify.annotations.NullMarked;
