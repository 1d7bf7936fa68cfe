/** The citizen's inquiry pages; the upload field is shared with other modules' citizen pages. */
@NullMarked
@NamedInterface("upload")
package dk.borgerraadgiver.inquiry.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
