package dk.borgerraadgiver.casework;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.borgerraadgiver.booking.AdvisorAgenda;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.casework.internal.CaseRecorder;
import dk.borgerraadgiver.inquiry.InquiryContent;
import dk.borgerraadgiver.inquiry.notices.InquiryNotices;
import dk.borgerraadgiver.inquiry.InquirySubmitted;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every contact becomes a case: portal inquiries on arrival, phone calls, letters and visits when the
 * advisor registers them, and a booked meeting in one click.
 */
@Service
public class ContactRegistration {

    private final CaseFileRepository cases;
    private final CaseRecorder recorder;
    private final CitizenKeys citizenKeys;
    private final InquiryNotices inquiries;
    private final AdvisorAgenda agenda;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final Clock clock;

    ContactRegistration(CaseFileRepository cases, CaseRecorder recorder, CitizenKeys citizenKeys, InquiryNotices inquiries,
                        AdvisorAgenda agenda, StaffScope scope, CaseAudit audit, Clock clock) {
        this.cases = cases;
        this.recorder = recorder;
        this.citizenKeys = citizenKeys;
        this.inquiries = inquiries;
        this.agenda = agenda;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a contact by hand; returns the new case's id. */
    @Transactional
    @PreAuthorize(StaffRoles.STAFF)
    public long register(ContactRegistrationForm form) {
        scope.requireServes(form.municipalityId());
        var name = form.citizenName().strip();
        var summary = form.summary().strip();
        if (name.isEmpty() || name.length() > ContactRegistrationForm.MAX_NAME) {
            throw new CaseRefusedException("name");
        }
        if (summary.isEmpty() || summary.length() > ContactRegistrationForm.MAX_SUMMARY) {
            throw new CaseRefusedException("summary");
        }
        if (form.registeredOn().isAfter(PortalTime.today(clock))) {
            throw new CaseRefusedException("futureDate");
        }
        var email = blankToNull(form.citizenEmail());
        if (email != null && !EmailAddress.isValid(email)) {
            throw new CaseRefusedException("email");
        }
        var phone = blankToNull(form.citizenPhone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new CaseRefusedException("phone");
        }
        var caseFile = new CaseFile(form.municipalityId(), form.channel(), form.registeredOn(), clock.instant(),
                Actor.current(), name, email, phone,
                keyFor(form.citizenIdentifier(), form.citizenEmail(), form.citizenPhone(), name), "da", summary,
                form.actingForOther() ? PowerOfAttorneyStatus.MISSING : PowerOfAttorneyStatus.NOT_NEEDED,
                PrivateLinks.newNonce());
        caseFile.markNoRealCaseWork(form.noRealCaseWork());
        var saved = recorder.create(caseFile, null);
        audit.recordCase(AuditAction.CASE_CHANGED, saved.id(), "registered");
        return saved.id();
    }

    /** Bookings of the last two weeks and today that have no case yet, for one-click registration. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRoles.STAFF)
    public List<BookingDetails> meetingsWithoutCase() {
        var today = PortalTime.today(clock);
        var meetings = agenda.agenda(today.minusDays(14), today).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED || b.status() == BookingStatus.ATTENDED)
                .toList();
        Set<Long> withCase = cases.findByBookingIdIn(meetings.stream().map(BookingDetails::id).toList()).stream()
                .map(CaseFile::bookingId).collect(Collectors.toSet());
        return meetings.stream().filter(b -> !withCase.contains(b.id())).toList();
    }

    /** Makes a booked meeting a case (channel: personal visit), with the booking's citizen and topic. */
    @Transactional
    @PreAuthorize(StaffRoles.STAFF)
    public long fromBooking(long bookingId) {
        var booking = meetingsWithoutCase().stream().filter(b -> b.id() == bookingId).findFirst()
                .orElseThrow(() -> new CaseRefusedException("bookingUnavailable"));
        scope.requireServes(booking.municipalityId());
        var day = booking.slot().start().atZone(PortalTime.ZONE).toLocalDate();
        var summary = booking.topic() != null && !booking.topic().isBlank() ? booking.topic() : booking.meetingNameDanish();
        var caseFile = new CaseFile(booking.municipalityId(), Channel.PERSONAL_VISIT, day, clock.instant(), Actor.current(),
                booking.citizenName(), booking.citizenEmail(), booking.citizenPhone(),
                keyFor(null, booking.citizenEmail(), booking.citizenPhone(), booking.citizenName()),
                booking.language().getLanguage(), truncate(summary), PowerOfAttorneyStatus.NOT_NEEDED,
                PrivateLinks.newNonce());
        caseFile.linkBooking(bookingId);
        var saved = recorder.create(caseFile, null);
        audit.recordCase(AuditAction.CASE_CHANGED, saved.id(), "registered from booking " + booking.reference());
        return saved.id();
    }

    @ApplicationModuleListener
    void on(InquirySubmitted event) {
        if (cases.findByInquiryId(event.inquiryId()).isPresent()) {
            return;
        }
        var inquiry = inquiries.content(event.inquiryId()).orElseThrow();
        var caseFile = new CaseFile(inquiry.municipalityId(), Channel.PORTAL,
                inquiry.submittedAt().atZone(PortalTime.ZONE).toLocalDate(), inquiry.submittedAt(), Actor.SYSTEM,
                inquiry.contactName(), inquiry.contactEmail(), inquiry.contactPhone(),
                keyFor(inquiries.verifiedCpr(inquiry.id()).orElse(null), inquiry.contactEmail(), inquiry.contactPhone(),
                        inquiry.contactName()), inquiry.language(),
                summaryOf(inquiry), powerOfAttorney(inquiry), PrivateLinks.newNonce());
        caseFile.linkInquiry(inquiry.id());
        caseFile.concerns(blankToNull(inquiry.subjectName()));
        if (inquiries.powerOfAttorneyViaDigitalFuldmagt(inquiry.id())) {
            caseFile.powerOfAttorney(PowerOfAttorneyStatus.VERIFIED, DIGITAL_FULDMAGT, inquiry.submittedAt());
        }
        recorder.create(caseFile, inquiry.reference());
    }

    /** Who verified a power of attorney that NemLog-in vouched for. */
    static final String DIGITAL_FULDMAGT = "Digital Fuldmagt";

    private static PowerOfAttorneyStatus powerOfAttorney(InquiryContent inquiry) {
        if (!inquiry.needsPowerOfAttorney()) {
            return PowerOfAttorneyStatus.NOT_NEEDED;
        }
        return inquiry.hasAuthorityDocument() ? PowerOfAttorneyStatus.RECEIVED : PowerOfAttorneyStatus.MISSING;
    }

    /** The inbox shows the first line of the citizen's own words; the full text stays on the case page. */
    private static String summaryOf(InquiryContent inquiry) {
        var firstLine = inquiry.description().strip().lines().findFirst().orElse("");
        return truncate(firstLine.isEmpty() ? inquiry.need().name() : firstLine);
    }

    private static String truncate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private String keyFor(@Nullable String identifier, @Nullable String email, @Nullable String phone, String name) {
        for (var candidate : new String[]{identifier, email, phone}) {
            if (candidate != null && !candidate.isBlank()) {
                return citizenKeys.keyFor(candidate);
            }
        }
        return citizenKeys.keyFor(name);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
