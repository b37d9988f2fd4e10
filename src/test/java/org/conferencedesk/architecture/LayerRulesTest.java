package org.conferencedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, kept true by the build. */
class LayerRulesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conferencedesk");
    }

    @Test
    void onlyRepositoriesUseGeneratedJooqCode() {
        noClasses().that().resideOutsideOfPackage("org.conferencedesk.storage.generated..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("org.conferencedesk.storage.generated..")
                .because("repositories turn generated records into domain records at the boundary")
                .check(production);
    }

    @Test
    void onlyRepositoriesAndStorageUseJooqDirectly() {
        noClasses().that().resideOutsideOfPackages("org.conferencedesk.storage..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("services group repository calls through Database.inTransaction, not by writing SQL")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Service")
                .or().haveSimpleName("LiveContracts")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models hold state and commands; views bind to them")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void servicesAndRepositoriesKnowNothingOfJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("services run on background threads and from the command line")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesRepository() {
        for (String feature : new String[] {"events", "contracts"}) {
            noClasses().that().resideOutsideOfPackages("org.conferencedesk." + feature + "..", "org.conferencedesk.app")
                    .should().dependOnClassesThat().haveFullyQualifiedName(
                            "org.conferencedesk." + feature + "." + Character.toUpperCase(feature.charAt(0))
                                    + feature.substring(1, feature.length() - 1) + "Repository")
                    .because("a feature's repository is used by its own service; the composition root builds it")
                    .allowEmptyShould(true)
                    .check(production);
        }
    }

    @Test
    void featuresWriteTheAuditTrailOnlyThroughAuditTrail() {
        noClasses().that().resideOutsideOfPackage("org.conferencedesk.storage")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.conferencedesk.storage.AuditRepository")
                .because("AuditTrail stamps the time and the actor and is called inside the change's own transaction")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void sharedAndStorageDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("org.conferencedesk.shared..", "org.conferencedesk.storage")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.conferencedesk.events..", "org.conferencedesk.contracts..",
                        "org.conferencedesk.importexport..", "org.conferencedesk.reports..", "org.conferencedesk.app..")
                .check(production);
    }

    @Test
    void importexportDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.conferencedesk.importexport..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.conferencedesk.events..", "org.conferencedesk.contracts..", "org.conferencedesk.guests..",
                        "org.conferencedesk.exhibitors..", "org.conferencedesk.awards..", "org.conferencedesk.dashboard..",
                        "org.conferencedesk.reports..", "org.conferencedesk.app..")
                .because("the import pipeline, the writer and the import window are generic: a record type plugs in "
                        + "through its ImportSpec and ExportSpec in its own io/ package")
                .check(production);
    }

    @Test
    void onlyTheAppPackageComposesTheApplication() {
        classes().that().resideInAPackage("org.conferencedesk.app..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.conferencedesk.app..")
                .because("features do not look up the composition root or the window")
                .check(production);
    }
}
