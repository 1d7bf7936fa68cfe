package dk.borgerraadgiver.support;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own for a test that runs the portal with other settings, next to the shared one
 * on the machine's MariaDB (CI); on the embedded engine the test names its own data directory.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry, String name) throws SQLException {
        var shared = System.getenv("SPRING_DATASOURCE_URL");
        if (shared == null || shared.isBlank()) {
            return;
        }
        var server = shared.substring(0, shared.lastIndexOf('/') + 1);
        var user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root");
        var password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (var connection = DriverManager.getConnection(server, user, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        registry.add("spring.datasource.url", () -> server + name);
    }
}
