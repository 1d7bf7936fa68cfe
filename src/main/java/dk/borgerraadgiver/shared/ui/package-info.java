/** The two UI shells (citizen and back office) and the components both sides share. */
@NullMarked
package dk.borgerraadgiver.shared.ui;

import org.jspecify.annotations.NullMarked;
