package dk.borgerraadgiver.organisation;

import java.util.List;

import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality's {@link RetentionPolicy}: read by the retention run and by the privacy texts on
 * the citizen pages, changed by an administrator who serves the municipality (logged with old and new
 * values).
 */
@Service
public class RetentionPolicies {

    private final JdbcTemplate jdbc;
    private final StaffScope scope;
    private final AdministrativeChanges changes;

    RetentionPolicies(JdbcTemplate jdbc, StaffScope scope, AdministrativeChanges changes) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public RetentionPolicy policy(long municipalityId) {
        List<RetentionPolicy> found = jdbc.query("select case_years, meeting_months, mail_days, audit_years from retention_rule "
                + "where municipality_id = ?", (rs, n) -> new RetentionPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                municipalityId);
        return found.isEmpty() ? RetentionPolicy.DEFAULTS : found.getFirst();
    }

    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public void change(long municipalityId, String municipalityName, RetentionPolicy policy) {
        scope.requireServes(municipalityId);
        if (!policy.isWithinLimits()) {
            throw new IllegalArgumentException("Retention periods out of range");
        }
        var before = policy(municipalityId);
        jdbc.update("insert into retention_rule (municipality_id, case_years, meeting_months, mail_days, audit_years) "
                + "values (?, ?, ?, ?, ?) on duplicate key update case_years = values(case_years), meeting_months = values(meeting_months), "
                + "mail_days = values(mail_days), audit_years = values(audit_years)", municipalityId, policy.caseYears(),
                policy.meetingMonths(), policy.mailDays(), policy.auditYears());
        changes.record(municipalityId, "MUNICIPALITY", municipalityName, new AdministrativeChanges.Diff()
                .field("lukkede sager (år)", before.caseYears(), policy.caseYears())
                .field("møder og hjemmebesøg (måneder)", before.meetingMonths(), policy.meetingMonths())
                .field("mailkvitteringer (dage)", before.mailDays(), policy.mailDays())
                .field("adgangslog (år)", before.auditYears(), policy.auditYears()));
    }
}
