package dk.borgerraadgiver.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database configuration into Spring Boot's short start-up report, without a stack trace. */
class DatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Example: SPRING_DATASOURCE_URL=jdbc:mariadb://db-host:3306/borgerraadgiver "
                        + "(see README, section Configuration).",
                cause);
    }
}
