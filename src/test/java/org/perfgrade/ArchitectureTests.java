package org.perfgrade;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SubmissionLayout;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Holds the one-way flow of ../shared/architecture.md: ingest → ledger → snapshot → report · notice · filing →
 * (replay, the campaign replay of the demo) → cli · web, with reference, document and batch beside the flow, and blank templates beside ingest. A stage never
 * uses one below it.
 */
class ArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.perfgrade");
    }

    @Test
    void theSharedPartsUseNoStage() {
        rule("org.perfgrade.reference..", "..ingest..", "..ledger..", "..snapshot..", "..report..", "..notice..",
                "..filing..", "..web..", "..cli..", "..bench..", "..sample..", "..document..", "..nightly..",
                "..template..", "..batch..").check(classes);
        rule("org.perfgrade.document..", "..ingest..", "..ledger..", "..snapshot..", "..report..", "..notice..",
                "..filing..", "..web..", "..cli..", "..bench..", "..sample..", "..nightly..", "..template..",
                "..batch..").check(classes);
        rule("org.perfgrade.batch..", "..ingest..", "..ledger..", "..snapshot..", "..report..", "..notice..",
                "..filing..", "..web..", "..cli..", "..bench..", "..sample..", "..nightly..", "..template..")
                .check(classes);
    }

    @Test
    void noStageUsesAStageBelowIt() {
        rule("org.perfgrade.ingest..", "..snapshot..", "..report..", "..notice..", "..filing..", "..web..", "..cli..",
                "..bench..", "..nightly..").check(classes);
        rule("org.perfgrade.ledger..", "..ingest..", "..snapshot..", "..report..", "..notice..", "..filing..",
                "..web..", "..cli..", "..bench..", "..nightly..").check(classes);
        rule("org.perfgrade.snapshot..", "..report..", "..notice..", "..filing..", "..web..", "..cli..", "..bench..",
                "..nightly..").check(classes);
        rule("org.perfgrade.report..", "..notice..", "..filing..", "..web..", "..cli..", "..bench..", "..nightly..")
                .check(classes);
        // a filing package is made from the ledger and its own renderers (report's are not its to use: shared
        // workbook helpers such as CollationKeys live in document); only bench times report's renderers
        rule("org.perfgrade.filing..", "org.perfgrade.report..").check(classes);
        // the nightly run drives intake, snapshot and reports; notices and packages are made on demand
        rule("org.perfgrade.nightly..", "..notice..", "..filing..", "..web..", "..cli..", "..bench..")
                .check(classes);
    }

    @Test
    void blankTemplatesStandBesideIngestWithNoStageButItsColumnDefinitions() {
        rule("org.perfgrade.template..", "..ledger..", "..snapshot..", "..report..", "..notice..", "..filing..",
                "..web..", "..cli..", "..bench..", "..sample..", "..nightly..").check(classes);
        DescribedPredicate<JavaClass> columnDefinitions = describe("ingest's column definitions",
                type -> belongToAnyOf(SubmissionKind.class, Column.class, SubmissionLayout.class)
                        .test(type.getBaseComponentType()));
        noClasses().that().resideInAPackage("org.perfgrade.template..").should().dependOnClassesThat(
                        resideInAPackage("org.perfgrade.ingest..").and(not(columnDefinitions)))
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndTheConsoleWriteBlankTemplates() {
        noClasses().that().resideOutsideOfPackages("org.perfgrade.template..", "org.perfgrade.cli..",
                        "org.perfgrade.web..")
                .should().dependOnClassesThat().resideInAPackage("org.perfgrade.template..")
                .check(classes);
    }

    @Test
    void nothingCallsTheCommandLineOrTheConsole() {
        noClasses().that().resideOutsideOfPackages("org.perfgrade.cli..", "org.perfgrade.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.perfgrade.cli..", "org.perfgrade.web..")
                .check(classes);
    }

    @Test
    void theCampaignReplayStandsAboveTheNightAndTheDocumentsAndOnlyTheCommandLineUsesIt() {
        // the replay drives the night, the city's acts, notices and packages from the scenario (sample)
        rule("org.perfgrade.replay..", "..web..", "..cli..", "..bench..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.perfgrade.replay..", "org.perfgrade.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.perfgrade.replay..")
                .check(classes);
    }

    @Test
    void sampleDataFeedsOnlyTheDemoTheReplayAndTheBenchmark() {
        noClasses().that().resideOutsideOfPackages("org.perfgrade.sample..", "org.perfgrade.cli..",
                        "org.perfgrade.bench..", "org.perfgrade.replay..")
                .should().dependOnClassesThat().resideInAPackage("org.perfgrade.sample..")
                .check(classes);
    }

    private static ArchRule rule(String from, String... forbidden) {
        return noClasses().that().resideInAPackage(from).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden).allowEmptyShould(true);
    }
}
