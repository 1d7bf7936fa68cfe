package dk.borgerraadgiver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar carries a CycloneDX bill of materials of what it ships, and only that (built when Maven runs online). */
class SoftwareBillOfMaterialsIT {

    @Test
    void the_jar_carries_a_cyclonedx_bom_of_its_runtime_dependencies() throws Exception {
        var jar = Files.list(Path.of("target")).filter(p -> p.toString().endsWith("-SNAPSHOT.jar")).findFirst().orElseThrow();
        String bom;
        try (var zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry("META-INF/sbom/application.cdx.json");
            assertThat(entry).as("the SBOM inside " + jar).isNotNull();
            bom = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(bom).contains("\"bomFormat\" : \"CycloneDX\"", "\"name\" : \"vaadin-core\"", "\"name\" : \"mariadb-java-client\"",
                "\"name\" : \"openpdf\"").doesNotContain("\"name\" : \"greenmail\"", "\"name\" : \"playwright\"");
    }
}
