package dk.borgerraadgiver.shared.retention;

/**
 * The kinds of personal data with a retention rule (docs/retention.md). Each is erased by the module
 * that owns it, through a {@link RetentionSweep}; the retention module decides when.
 */
public enum RetentionKind {
    /** Closed cases: names, contact details, texts, journal, messages and files; the complaint points stay. */
    CLOSED_CASES(true),
    /** Bookings after the meeting: the citizen's name, contact details and notes; status and time stay. */
    MEETINGS(true),
    /** Home-visit requests: the citizen's name, contact details, address and reason. */
    VISIT_REQUESTS(true),
    /** Records of sent mail (recipient keys, errors). */
    MAIL_RECORDS(true),
    /** The audit log of staff access. */
    AUDIT_LOG(true),
    /** One-time access codes for private links, at expiry. */
    ACCESS_CODES(false),
    /** Invitation and password links for staff, at expiry. */
    STAFF_LINKS(false),
    /** The log of administrative changes. */
    ADMINISTRATION_LOG(false),
    /** Completed event publications between modules. */
    EVENT_PUBLICATIONS(false);

    private final boolean perMunicipality;

    RetentionKind(boolean perMunicipality) {
        this.perMunicipality = perMunicipality;
    }

    /** Whether the rule is set per municipality (otherwise it holds for the whole installation). */
    public boolean perMunicipality() {
        return perMunicipality;
    }
}
