package org.conferencedesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.conferencedesk.shared.record.LiveRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, kept true by the build. */
class LayerRulesTest {

    /** Every feature package; a rule about features names them all (a new feature is added here). */
    static final List<String> FEATURES = List.of("events", "contracts", "guests", "exhibitors", "awards", "dashboard", "reports");

    private static String[] featurePackages() {
        return FEATURES.stream().map(f -> "org.conferencedesk." + f + "..").toArray(String[]::new);
    }

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
                .or().areAssignableTo(LiveRecords.class)
                .or().resideInAPackage("org.conferencedesk.shared.record..")
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
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackages("org.conferencedesk." + feature + "..", "org.conferencedesk.app")
                    .should().dependOnClassesThat(resideInAPackage("org.conferencedesk." + feature + "..")
                            .and(simpleNameEndingWith("Repository")))
                    .because("a feature's repository is used by its own service; the composition root builds it")
                    .allowEmptyShould(true)
                    .check(production);
        }
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesScreens() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackages("org.conferencedesk." + feature + "..", "org.conferencedesk.app..")
                    .should().dependOnClassesThat().resideInAPackage("org.conferencedesk." + feature + ".ui..")
                    .because("a feature's screens are its own; the window shell finds them through the screen registry")
                    .allowEmptyShould(true)
                    .check(production);
        }
    }

    @Test
    void noFeatureDependsOnTheDashboard() {
        noClasses().that().resideInAnyPackage(FEATURES.stream().filter(f -> !f.equals("dashboard"))
                        .map(f -> "org.conferencedesk." + f + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("org.conferencedesk.dashboard..")
                .because("the dashboard reads every feature through its service; a feature shows its figures without it")
                .check(production);
    }

    @Test
    void theDashboardReadsFeaturesOnlyThroughTheirServicesAndModels() {
        noClasses().that().resideInAPackage("org.conferencedesk.dashboard..")
                .should().dependOnClassesThat(resideInAnyPackage(FEATURES.stream().filter(f -> !f.equals("dashboard"))
                        .map(f -> "org.conferencedesk." + f + "..").toArray(String[]::new))
                        .and(simpleNameEndingWith("Repository").or(resideInAPackage("..ui..")).or(resideInAPackage("..io.."))))
                .because("figures are read through each feature's service (never its repository, files or screens)")
                .check(production);
    }

    @Test
    void theAwardsDomainCoreKnowsNoJavaFx() {
        noClasses().that().resideInAPackage("org.conferencedesk.awards")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the awards model, rules, scoring and sign-off run the same in the window, the command line and the PDFs")
                .check(production);
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
        noClasses().that().resideInAnyPackage("org.conferencedesk.shared..", "org.conferencedesk.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .orShould().dependOnClassesThat().resideInAnyPackage("org.conferencedesk.importexport..", "org.conferencedesk.app..")
                .because("the kit and the database sit below every feature; a feature registers what they need")
                .check(production);
    }

    /** The feature packages other than {@code kept} (events are everyone's base; a feature's own package). */
    private static String[] featurePackagesExcept(String... kept) {
        List<String> keep = List.of(kept);
        return FEATURES.stream().filter(f -> !keep.contains(f)).map(f -> "org.conferencedesk." + f + "..").toArray(String[]::new);
    }

    @Test
    void theSummaryReportKnowsNoRecordType() {
        noClasses().that().resideInAPackage("org.conferencedesk.reports..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackagesExcept("events", "reports"))
                .because("the report is assembled from the sections features register (ReportSection)")
                .check(production);
    }

    @Test
    void theWindowShellNamesNoScreenOutsideItsRegistrations() {
        noClasses().that().resideInAPackage("org.conferencedesk.app.ui")
                .and().haveNameNotMatching("org\\.conferencedesk\\.app\\.ui\\.Shell(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackagesExcept("events", "reports"))
                .because("menus, header buttons, tabs and the status bar come from the registered screens; "
                        + "Shell holds the one registration line of each screen")
                .check(production);
    }

    @Test
    void everyPdfTakesItsFontsFromTheSharedPdfKit() {
        noClasses().that().resideOutsideOfPackage("org.conferencedesk.shared.pdf..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(com.lowagie.text.pdf.BaseFont.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.name("createFont"))))
                .because("shared/pdf's PdfFonts bundles and embeds the fonts of every script (docs/decisions/0024); "
                        + "a PDF with fonts of its own would print names as boxes")
                .check(production);
    }

    @Test
    void importExportDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.conferencedesk.importexport..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .orShould().dependOnClassesThat().resideInAPackage("org.conferencedesk.app..")
                .because("the import pipeline is driven by each type's specification, not by knowing the types")
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
