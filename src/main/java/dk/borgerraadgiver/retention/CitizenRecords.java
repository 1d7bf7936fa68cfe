package dk.borgerraadgiver.retention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dk.borgerraadgiver.booking.CitizenMeetings;
import dk.borgerraadgiver.booking.CitizenMeetings.MeetingRecord;
import dk.borgerraadgiver.casework.AuditAction;
import dk.borgerraadgiver.casework.CaseAudit;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseErasure;
import dk.borgerraadgiver.casework.CaseErasure.CitizenCaseRecord;
import dk.borgerraadgiver.casework.CaseReader;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CitizenKeys;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.retention.CitizenMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's rights (GDPR art. 15 and 17), exercised by the advisor: find everything held about a
 * citizen in the municipalities the advisor serves — cases through the pseudonymous key and the
 * contact details, bookings and visit requests through the contact details — then produce an access
 * report (a PDF and the citizen's own files in one ZIP) or erase it all with the same erasure as the
 * nightly run. A name may belong to several people, so the report and the erasure need a CPR number,
 * an e-mail address or a phone number. A case on legal hold blocks the erasure. Every search, report
 * and erasure is audit-logged under the pseudonymous key.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class CitizenRecords {

    private final CitizenKeys keys;
    private final CaseErasure cases;
    private final CaseReader reader;
    private final CitizenMeetings meetings;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final AccessReportPdf pdf;

    CitizenRecords(CitizenKeys keys, CaseErasure cases, CaseReader reader, CitizenMeetings meetings, StaffScope scope,
                   CaseAudit audit, AccessReportPdf pdf) {
        this.keys = keys;
        this.cases = cases;
        this.reader = reader;
        this.meetings = meetings;
        this.scope = scope;
        this.audit = audit;
        this.pdf = pdf;
    }

    /** What was found for one identifier. */
    public record Findings(CitizenMatch match, List<CitizenCaseRecord> cases, List<MeetingRecord> meetings) {

        public boolean isEmpty() {
            return cases.isEmpty() && meetings.isEmpty();
        }

        public List<CitizenCaseRecord> casesOnHold() {
            return cases.stream().filter(c -> c.legalHoldReason() != null).toList();
        }

        /** A name alone may be someone else's: reports and erasure need an identifier of one person. */
        public boolean identifiesOnePerson() {
            return match.name() == null && match.isUsable();
        }
    }

    /** What an erasure did. */
    public record Erasure(int cases, int bookings, int visitRequests) {
    }

    @Transactional
    public Findings find(String identifier) {
        var findings = lookUp(identifier);
        audit.recordCitizen(AuditAction.CITIZEN_SEARCHED, null, keys.keyFor(identifier),
                findings.cases().size() + " case(s), " + findings.meetings().size() + " meeting(s)");
        return findings;
    }

    /** The access report: report.pdf and the citizen's own files, in one ZIP. */
    @Transactional
    public byte[] accessReport(String identifier, Locale locale) {
        var findings = requireOnePerson(identifier);
        var details = new ArrayList<CaseDetails>();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            var names = new HashSet<String>();
            for (var found : findings.cases()) {
                var caseDetails = reader.open(found.id());
                details.add(caseDetails);
                if (caseDetails.inquiry() != null) {
                    for (var file : caseDetails.inquiry().attachments()) {
                        try (var in = reader.openInquiryFile(found.id(), file.id())) {
                            add(out, names, folder(caseDetails) + file.name(), in.readAllBytes());
                        }
                    }
                }
                for (var message : caseDetails.messages()) {
                    for (var file : message.files()) {
                        try (var in = reader.openMessageFile(found.id(), file.id())) {
                            add(out, names, folder(caseDetails) + file.name(), in.readAllBytes());
                        }
                    }
                }
            }
            add(out, names, "indsigt.pdf", pdf.write(findings, details, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordCitizen(AuditAction.ACCESS_REPORT, null, keys.keyFor(identifier),
                findings.cases().size() + " case(s), " + findings.meetings().size() + " meeting(s)");
        return zip.toByteArray();
    }

    /** Erases everything found, or nothing when a case is on legal hold. */
    @Transactional
    public Erasure erase(String identifier) {
        var findings = requireOnePerson(identifier);
        if (!findings.casesOnHold().isEmpty()) {
            throw new CaseRefusedException("legalHold");
        }
        int erasedCases = 0;
        for (var found : findings.cases()) {
            if (!found.erased()) {
                cases.erase(found.id());
                erasedCases++;
            }
        }
        int bookings = 0;
        int visitRequests = 0;
        for (var meeting : findings.meetings()) {
            if (meeting.erased()) {
                continue;
            }
            if (meeting.visitRequest()) {
                meetings.eraseVisitRequest(meeting.id());
                visitRequests++;
            } else {
                meetings.eraseBooking(meeting.id());
                bookings++;
            }
        }
        var erasure = new Erasure(erasedCases, bookings, visitRequests);
        audit.recordCitizen(AuditAction.CITIZEN_ERASED, null, keys.keyFor(identifier),
                erasure.cases() + " case(s), " + erasure.bookings() + " booking(s), " + erasure.visitRequests() + " visit request(s)");
        return erasure;
    }

    private Findings requireOnePerson(String identifier) {
        var findings = lookUp(identifier);
        if (!findings.identifiesOnePerson()) {
            throw new CaseRefusedException("nameOnly");
        }
        return findings;
    }

    private Findings lookUp(String identifier) {
        var match = CitizenMatch.of(identifier);
        if (!match.isUsable()) {
            return new Findings(match, List.of(), List.of());
        }
        var served = scope.servedMunicipalityIds();
        return new Findings(match, cases.find(match, keys.keyFor(identifier), served), meetings.find(match, served));
    }

    private static String folder(CaseDetails details) {
        return "filer/" + (details.reference().isBlank() ? "sag-" + details.id() : details.reference()).replaceAll("[^\\w.-]", "_") + "/";
    }

    private static void add(ZipOutputStream out, HashSet<String> names, String name, byte[] content) throws IOException {
        var unique = name;
        for (int n = 2; !names.add(unique); n++) {
            unique = name.replaceFirst("(\\.[^./]+)?$", "-" + n + "$1");
        }
        out.putNextEntry(new ZipEntry(unique));
        out.write(content);
        out.closeEntry();
    }
}
