package dk.borgerraadgiver.organisation.internal;

import java.util.List;

import dk.borgerraadgiver.shared.ProductionSettings.UnsafeProductionSettingsException;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo data (and its users with a published password) never lands on a database with real municipalities. */
@PortalIntegrationTest
class DemoDataRefusalIntegrationTest {

    @Autowired
    DemoData demoData;
    @Autowired
    TestMunicipalities testMunicipalities;

    @Test
    void demo_data_switched_on_over_a_real_municipality_stops_the_start() {
        testMunicipalities.create("931", "demo-refusal", "Rigtig Kommune", new String[][]{{"AD", "Administration"}});

        assertThatThrownBy(() -> demoData.run(new DefaultApplicationArguments()))
                .isInstanceOf(UnsafeProductionSettingsException.class).hasMessageStartingWith("PORTAL_DEMO_DATA_ENABLED is true");
    }

    @Test
    void only_the_three_demo_municipalities_count_as_a_demo_database() {
        assertThat(DemoData.holdsRealMunicipalities(List.of("336", "329", "183"))).isFalse();
        assertThat(DemoData.holdsRealMunicipalities(List.of("336", "151"))).isTrue();
    }
}
