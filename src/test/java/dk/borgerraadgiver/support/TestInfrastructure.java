package dk.borgerraadgiver.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What every test context shares: an empty schema built by the real migrations, a real SMTP server
 * (GreenMail) and a clock tests may move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    DynamicPropertyRegistrar smtpServer() {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", TestSmtp::port);
        };
    }

    @Bean
    FailureInjector failureInjector() {
        return new FailureInjector();
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.INSTANCE;
    }
}
