package dk.borgerraadgiver.casework;

import java.time.Instant;

import dk.borgerraadgiver.shared.retention.DeletingSweep;
import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casework's part of the nightly retention run: closed cases (each erased in its own transaction, so
 * one failure does not undo the others), expired access codes, and the audit log.
 */
@Configuration(proxyBeanMethods = false)
class CaseSweeps {

    @Bean
    RetentionSweep closedCaseSweep(CaseErasure erasure, PlatformTransactionManager transactions) {
        var perCase = new TransactionTemplate(transactions);
        return new RetentionSweep() {
            @Override
            public RetentionKind kind() {
                return RetentionKind.CLOSED_CASES;
            }

            @Override
            public long due(@Nullable Long municipalityId, Instant cutoff) {
                return erasure.closedBefore(require(municipalityId), cutoff).size();
            }

            @Override
            public long erase(@Nullable Long municipalityId, Instant cutoff) {
                var due = erasure.closedBefore(require(municipalityId), cutoff);
                due.forEach(caseId -> perCase.executeWithoutResult(status -> erasure.erase(caseId)));
                return due.size();
            }
        };
    }

    @Bean
    RetentionSweep accessCodeSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.ACCESS_CODES, "from case_access_code where expires_at < ?");
    }

    @Bean
    RetentionSweep auditLogSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.AUDIT_LOG, "from audit_entry where municipality_id = ? and happened_at < ?");
    }

    /** Audit entries that belong to no single municipality (a search across the served ones) go with the administration log. */
    @Bean
    RetentionSweep installationAuditSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.ADMINISTRATION_LOG, "from audit_entry where municipality_id is null and happened_at < ?");
    }

    private static long require(@Nullable Long municipalityId) {
        if (municipalityId == null) {
            throw new IllegalArgumentException("A municipality's rule");
        }
        return municipalityId;
    }
}
