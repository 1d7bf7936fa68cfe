/** Inquiries and attachments as stored: encrypted files, their inspection, reference numbers and the staging sweeper. */
@NullMarked
package dk.borgerraadgiver.inquiry.internal;

import org.jspecify.annotations.NullMarked;
