package dk.borgerraadgiver.organisation;

/**
 * How long a municipality keeps each kind of personal data (docs/retention.md): closed cases with
 * their texts, files and messages (years after closing), bookings and visit requests (months after
 * the meeting), records of sent mail (days) and the audit log (years). The defaults follow usual
 * municipal practice; docs/decisions/0009-retention-periods.md says why.
 */
public record RetentionPolicy(int caseYears, int meetingMonths, int mailDays, int auditYears) {

    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(5, 6, 90, 5);

    public static final int MIN_CASE_YEARS = 1;
    public static final int MAX_CASE_YEARS = 30;
    public static final int MIN_MEETING_MONTHS = 1;
    public static final int MAX_MEETING_MONTHS = 120;
    public static final int MIN_MAIL_DAYS = 7;
    public static final int MAX_MAIL_DAYS = 3650;
    public static final int MIN_AUDIT_YEARS = 1;
    public static final int MAX_AUDIT_YEARS = 30;

    public boolean isWithinLimits() {
        return between(caseYears, MIN_CASE_YEARS, MAX_CASE_YEARS) && between(meetingMonths, MIN_MEETING_MONTHS, MAX_MEETING_MONTHS)
                && between(mailDays, MIN_MAIL_DAYS, MAX_MAIL_DAYS) && between(auditYears, MIN_AUDIT_YEARS, MAX_AUDIT_YEARS);
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
