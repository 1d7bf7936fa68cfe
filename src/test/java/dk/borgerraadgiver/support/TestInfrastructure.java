package dk.borgerraadgiver.support;

import dk.borgerraadgiver.organisation.internal.DepartmentRepository;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import dk.borgerraadgiver.security.StaffAccounts;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every test context shares: an empty schema built by the real migrations, a real SMTP server
 * (GreenMail), a clock tests may move, and the object mother for test municipalities.
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
    TestMunicipalities testMunicipalities(MunicipalityRepository municipalities, DepartmentRepository departments,
                                          StaffAccounts staff, PlatformTransactionManager transactions) {
        return new TestMunicipalities(municipalities, departments, staff, new TransactionTemplate(transactions));
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.INSTANCE;
    }
}
