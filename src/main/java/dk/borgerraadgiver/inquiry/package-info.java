/** Citizen inquiries and complaints: the guided flow, attachments, power of attorney and receipts. */
@NullMarked
@ApplicationModule(displayName = "Inquiry intake", allowedDependencies = {"shared", "security", "organisation"})
package dk.borgerraadgiver.inquiry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
