package dk.borgerraadgiver;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The build leaves a CycloneDX bill of materials of what the jar ships, and only that, next to the jar. */
class SoftwareBillOfMaterialsIT {

    @Test
    void the_package_phase_writes_a_cyclonedx_bom_of_the_runtime_dependencies() throws Exception {
        var bom = Files.readString(Path.of("target/bom.json"));

        assertThat(bom).contains("\"bomFormat\" : \"CycloneDX\"", "\"name\" : \"vaadin-core\"", "\"name\" : \"mariadb-java-client\"",
                "\"name\" : \"openpdf\"").doesNotContain("\"name\" : \"greenmail\"", "\"name\" : \"playwright\"");
    }
}
