package org.perfgrade.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger stays in rooms a newcomer can see (issue #16): what other stages call (the import's entrance, the
 * queries, grade history and correction, derived lists, moves, review batches, the expert register) and the words
 * every room shares at the top; the rest in {@code facts}, {@code write}, {@code review}, {@code violation} and the
 * read side {@code asof}, each saying in its {@code package-info.java} what it holds, none reaching back into a room
 * that uses it, and the read side never using the write side.
 */
class LedgerRoomsTests {

    static final Path LEDGER = Path.of("src/main/java/org/perfgrade/ledger");

    static final int MAX_TOP_LEVEL_FILES = 25;

    private static JavaClasses ledger;

    @BeforeAll
    static void importLedger() {
        ledger = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.perfgrade.ledger");
    }

    @Test
    void theTopLevelOfTheLedgerHoldsAtMostTwentyFiveSourceFiles() throws IOException {
        // given the source folder of org.perfgrade.ledger
        // when its own source files are counted (the rooms' files and nested classes not)
        List<String> topLevel;
        try (Stream<Path> files = Files.list(LEDGER)) {
            topLevel = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java") && !name.equals("package-info.java")).sorted().toList();
        }
        // then there are at most 25
        assertThat(topLevel).as("top-level files of ledger").isNotEmpty()
                .hasSizeLessThanOrEqualTo(MAX_TOP_LEVEL_FILES);
    }

    @Test
    void everyRoomSaysWhatItHoldsInItsPackageInfo() throws IOException {
        // given the rooms (sub-packages) of the ledger
        List<Path> rooms;
        try (Stream<Path> folders = Files.list(LEDGER)) {
            rooms = folders.filter(Files::isDirectory).sorted().toList();
        }
        // when each is looked into
        // then each has a package-info.java with its paragraph
        assertThat(rooms).as("rooms of ledger").extracting(room -> room.getFileName().toString())
                .contains("asof", "facts", "write", "review", "violation");
        for (Path room : rooms) {
            Path info = room.resolve("package-info.java");
            assertThat(info).as(room.getFileName() + "/package-info.java").isRegularFile();
            assertThat(Files.readString(info)).as(info.toString()).contains("/**", "package org.perfgrade.ledger.");
        }
    }

    @Test
    void theRoomsOfTheLedgerDoNotDependOnEachOtherInACycle() {
        // given the compiled classes of the ledger
        // when they are sliced into rooms (the top level, the ledger's entrance, is no room)
        // then no room uses, through others, a room that uses it
        slices().matching("org.perfgrade.ledger.(*)..").should().beFreeOfCycles().check(ledger);
    }

    @Test
    void theLedgerAsOfADayDoesNotUseTheWriteSide() {
        // given the read side, the ledger as of a day
        // when its dependencies are looked at
        // then none is a writer, a store or the facts a writer takes
        noClasses().that().resideInAPackage("org.perfgrade.ledger.asof..").should().dependOnClassesThat()
                .resideInAnyPackage("org.perfgrade.ledger.write..", "org.perfgrade.ledger.facts..",
                        "org.perfgrade.ledger.review..", "org.perfgrade.ledger.violation..")
                .check(ledger);
        noClasses().that().resideInAPackage("org.perfgrade.ledger.asof..").should().dependOnClassesThat()
                .belongToAnyOf(LedgerImport.class, GradeEvents.class, GradeCorrection.class, EnterpriseMoves.class,
                        SubmissionRetirement.class)
                .check(ledger);
    }

    @Test
    void theWriteSideUsesNeitherTheReviewNorTheViolationRoom() {
        // given the write side of 清单台账 and 附件2 and the row facts
        // when their dependencies are looked at
        // then the rooms that write through the registry and line store are not among them
        noClasses().that().resideInAnyPackage("org.perfgrade.ledger.write..", "org.perfgrade.ledger.facts..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.perfgrade.ledger.review..", "org.perfgrade.ledger.violation..")
                .check(ledger);
    }

    @Test
    void theRowFactsUseNoOtherPartOfTheLedger() {
        // given the records a row of a county file becomes
        // when their dependencies are looked at
        // then they use nothing of the ledger outside their own room, so ingest's validators can build them freely
        noClasses().that().resideInAPackage("org.perfgrade.ledger.facts..").should().dependOnClassesThat()
                .resideInAPackage("org.perfgrade.ledger").check(ledger);
        noClasses().that().resideInAPackage("org.perfgrade.ledger.facts..").should().dependOnClassesThat()
                .resideInAnyPackage("org.perfgrade.ledger.asof..", "org.perfgrade.ledger.write..",
                        "org.perfgrade.ledger.review..", "org.perfgrade.ledger.violation..")
                .check(ledger);
    }
}
