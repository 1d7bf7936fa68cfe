package dk.borgerraadgiver.organisation.internal;

import dk.borgerraadgiver.shared.ProductionSettings.UnsafeProductionSettingsException;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo data (and its users with a published password) never lands on a database with real municipalities. */
@PortalIntegrationTest
class DemoDataRefusalIntegrationTest {

    @Autowired
    DemoData demoData;
    @Autowired
    TestMunicipalities testMunicipalities;

    @Test
    void demo_data_switched_on_over_the_demo_municipalities_only_is_a_restart_and_over_a_real_one_stops_the_start() {
        assertThatCode(() -> demoData.run(new DefaultApplicationArguments())).as("a restart of the demo").doesNotThrowAnyException();

        testMunicipalities.create("931", "demo-refusal", "Rigtig Kommune", new String[][]{{"AD", "Administration"}});

        assertThatThrownBy(() -> demoData.run(new DefaultApplicationArguments()))
                .isInstanceOf(UnsafeProductionSettingsException.class).hasMessageStartingWith("PORTAL_DEMO_DATA_ENABLED is true");
    }
}
