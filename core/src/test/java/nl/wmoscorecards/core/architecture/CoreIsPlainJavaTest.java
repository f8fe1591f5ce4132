package nl.wmoscorecards.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The domain stays plain Java: no AWS SDK, no Lambda runtime, no Freemarker. */
@Tag("slow")
class CoreIsPlainJavaTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wmoscorecards.core");

    @Test
    void coreDependsOnNoCloudOrTemplateFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "freemarker..")
                .because("core is the domain; adapters live in functions and site-generator")
                .check(CORE);
    }
}
