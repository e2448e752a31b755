package app.envelope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md honest: domain &lt;- billing, report, store &lt;- ui, cli. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.envelope");
    }

    @Test
    void domainKnowsNothingOfJavaFxSqlJooqOrPoi() {
        noClasses().that().resideInAPackage("app.envelope.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jooq..",
                        "org.apache.poi..", "org.h2..", "org.flywaydb..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("app.envelope.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("app.envelope.billing..", "app.envelope.report..",
                        "app.envelope.store..", "app.envelope.ui..", "app.envelope.cli..")
                .check(classes);
    }

    @Test
    void uiImportsNothingFromJooqPoiOrSql() {
        noClasses().that().resideInAPackage("app.envelope.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.apache.poi..", "java.sql..",
                        "org.h2..", "app.envelope.store.jooq..")
                .check(classes);
    }

    @Test
    void cliImportsNothingFromJooqPoiOrSqlOrJavaFx() {
        noClasses().that().resideInAPackage("app.envelope.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.apache.poi..", "java.sql..",
                        "javafx..", "app.envelope.store.jooq..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesSql() {
        noClasses().that().resideOutsideOfPackages("app.envelope.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void middleLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("app.envelope.billing..", "app.envelope.report..", "app.envelope.store..")
                .should().dependOnClassesThat().resideInAnyPackage("app.envelope.ui..", "app.envelope.cli..",
                        "app.envelope.service..", "javafx..")
                .check(classes);
    }

    @Test
    void billingReportAndStoreDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("app.envelope.billing..")
                .should().dependOnClassesThat().resideInAnyPackage("app.envelope.store..", "app.envelope.report..")
                .check(classes);
        noClasses().that().resideInAPackage("app.envelope.store..")
                .should().dependOnClassesThat().resideInAnyPackage("app.envelope.billing..", "app.envelope.report..")
                .check(classes);
    }

    @Test
    void servicesKnowNoScreensOrCommands() {
        noClasses().that().resideInAPackage("app.envelope.service..")
                .should().dependOnClassesThat().resideInAnyPackage("app.envelope.ui..", "app.envelope.cli..", "javafx..",
                        "org.jooq..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyTheReportAndTheBillingReadersTouchPoi() {
        noClasses().that().resideOutsideOfPackages("app.envelope.report..", "app.envelope.billing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void theSharedPlanGridKnowsNoScreen() {
        noClasses().that().resideInAPackage("app.envelope.ui.grid..")
                .should().dependOnClassesThat().resideInAnyPackage("app.envelope.ui.board..", "app.envelope.ui.scenario..",
                        "app.envelope.ui.presenter..", "app.envelope.ui.actuals..", "app.envelope.ui.rates..",
                        "app.envelope.ui.compare..", "app.envelope.ui.export..", "app.envelope.ui.shell..")
                .check(classes);
    }
}
