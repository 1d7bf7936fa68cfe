package dk.borgerraadgiver.shared.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseModeTest {

    private final SpringApplication application = new SpringApplication();

    @Test
    void configured_url_is_used_as_given_and_no_demo_data_is_loaded() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/portal");

        new DatabaseMode(true).postProcessEnvironment(environment, application);

        assertThat(environment.getProperty(DatabaseMode.EMBEDDED_PROPERTY)).isNull();
        assertThat(environment.getProperty(DatabaseMode.DEMO_DATA_PROPERTY)).isNull();
    }

    @Test
    void without_url_the_embedded_engine_starts_with_demo_data() {
        var environment = new MockEnvironment();

        new DatabaseMode(true).postProcessEnvironment(environment, application);

        assertThat(environment.getProperty(DatabaseMode.EMBEDDED_PROPERTY)).isEqualTo("true");
        assertThat(environment.getProperty(DatabaseMode.DEMO_DATA_PROPERTY)).isEqualTo("true");
    }

    @Test
    void demo_data_can_be_switched_off_on_the_embedded_engine() {
        var environment = new MockEnvironment().withProperty(DatabaseMode.DEMO_DATA_PROPERTY, "false");

        new DatabaseMode(true).postProcessEnvironment(environment, application);

        assertThat(environment.getProperty(DatabaseMode.DEMO_DATA_PROPERTY)).isEqualTo("false");
    }

    @Test
    void production_jar_without_url_stops_with_one_plain_sentence() {
        var environment = new MockEnvironment();

        assertThatThrownBy(() -> new DatabaseMode(false).postProcessEnvironment(environment, application))
                .isInstanceOfSatisfying(DatabaseNotConfiguredException.class, e -> {
                    FailureAnalysis analysis = new DatabaseNotConfiguredFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL").doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("jdbc:mariadb://");
                });
    }
}
