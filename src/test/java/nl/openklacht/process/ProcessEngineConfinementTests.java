package nl.openklacht.process;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The process engine is an adapter: only the process module knows it exists. */
@AnalyzeClasses(packages = "nl.openklacht", importOptions = ImportOption.DoNotIncludeTests.class)
class ProcessEngineConfinementTests {

    @ArchTest
    static final ArchRule onlyTheProcessModuleDependsOnTheEngine = noClasses()
            .that()
            .resideOutsideOfPackage("nl.openklacht.process..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.flowable..")
            .because("the rest of OpenKlacht talks to the process through events and the WorkQueue only");
}
