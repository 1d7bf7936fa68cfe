package dk.borgerraadgiver;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void every_capability_is_a_module() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "organisation", "security", "booking", "inquiry",
                        "casework", "statistics", "notification", "administration", "retention");
    }

    @Test
    void views_never_touch_entities_or_repositories() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.borgerraadgiver");
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void views_never_read_the_notices_meant_for_mail() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.borgerraadgiver");
        // The notices return personal data without a scope check (for event listeners); a page must ask
        // the scoped services instead.
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..notices..")
                .check(classes);
    }

    /**
     * The module diagram in docs/ is the one Spring Modulith draws from the code, so it cannot drift.
     * After a change of the modules, copy target/spring-modulith-docs/components.puml to
     * docs/architecture/modules.puml.
     */
    @Test
    void the_module_diagram_in_docs_is_the_one_the_code_draws() throws IOException {
        var output = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        var generated = Files.readAllLines(output.resolve("components.puml"));
        var committed = Path.of("docs", "architecture", "modules.puml");
        // The Documenter writes the relationships in no fixed order: compare the lines, not their order.
        assertThat(Files.exists(committed) ? Files.readAllLines(committed) : List.<String>of())
                .as("docs/architecture/modules.puml is out of date: copy target/spring-modulith-docs/components.puml")
                .containsExactlyInAnyOrderElementsOf(generated);
    }
}
