package dk.borgerraadgiver.shared.database;

/** Thrown at start-up when no database URL is given and no embedded engine is available. */
public class DatabaseNotConfiguredException extends RuntimeException {

    DatabaseNotConfiguredException() {
        super("No database configured: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                + "SPRING_DATASOURCE_PASSWORD to a MariaDB database.");
    }
}
