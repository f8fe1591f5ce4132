package nl.wmoscorecards.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Core's packages form layers (docs/architecture.md, "Core's packages"): the model packages (regions,
 * allocations, reports, uploads, KPIs, escalations, ...) with each port beside its aggregate, and above them the
 * use-case packages that read and write through the ports ({@code ingest}: allocation and report ingest;
 * {@code run}: the yearly run, the daily check and the escalation actions).
 */
@Tag("slow")
class CoreLayeringTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wmoscorecards.core");
    private static final String[] USE_CASES = {"nl.wmoscorecards.core.ingest..", "nl.wmoscorecards.core.run.."};

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("nl.wmoscorecards.core.(*)..").should().beFreeOfCycles()
                .because("a package can then be read, tested and moved without the ones that depend on it")
                .check(CORE);
    }

    @Test
    void modelPackagesDoNotDependOnUseCases() {
        noClasses().that().resideOutsideOfPackages(USE_CASES)
                .should().dependOnClassesThat().resideInAnyPackage(USE_CASES)
                .because("the use cases are built on the model, never the other way round")
                .check(CORE);
    }
}
