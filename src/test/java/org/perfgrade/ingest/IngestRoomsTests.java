package org.perfgrade.ingest;

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
import org.junit.jupiter.api.Test;

/**
 * Ingest stays in rooms a newcomer can see (issue #16): the import job, its sources and the words every room shares
 * at the top, the rest in {@code sheet}, {@code header}, {@code rules}, {@code receipt}, {@code held}, {@code county}
 * and {@code problem}, each saying in its {@code package-info.java} what it holds, none reaching back into a room
 * that uses it.
 */
class IngestRoomsTests {

    static final Path INGEST = Path.of("src/main/java/org/perfgrade/ingest");

    static final int MAX_TOP_LEVEL_FILES = 25;

    @Test
    void theTopLevelOfIngestHoldsAtMostTwentyFiveSourceFiles() throws IOException {
        // given the source folder of org.perfgrade.ingest
        // when its own source files are counted (the rooms' files and nested classes not)
        List<String> topLevel;
        try (Stream<Path> files = Files.list(INGEST)) {
            topLevel = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java") && !name.equals("package-info.java")).sorted().toList();
        }
        // then there are at most 25
        assertThat(topLevel).as("top-level files of ingest").isNotEmpty().hasSizeLessThanOrEqualTo(MAX_TOP_LEVEL_FILES);
    }

    @Test
    void everyRoomSaysWhatItHoldsInItsPackageInfo() throws IOException {
        // given the rooms (sub-packages) of ingest
        List<Path> rooms;
        try (Stream<Path> folders = Files.list(INGEST)) {
            rooms = folders.filter(Files::isDirectory).sorted().toList();
        }
        // when each is looked into
        // then each has a package-info.java with its paragraph
        assertThat(rooms).as("rooms of ingest").isNotEmpty();
        for (Path room : rooms) {
            Path info = room.resolve("package-info.java");
            assertThat(info).as(room.getFileName() + "/package-info.java").isRegularFile();
            assertThat(Files.readString(info)).as(info.toString()).contains("/**", "package org.perfgrade.ingest.");
        }
    }

    @Test
    void theRoomsOfIngestDoNotDependOnEachOtherInACycle() {
        // given the compiled classes of ingest
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.perfgrade.ingest");
        // when they are sliced into rooms (the top level, which wires the rooms into the job, is no room)
        // then no room uses, through others, a room that uses it
        slices().matching("org.perfgrade.ingest.(*)..").should().beFreeOfCycles().check(classes);
    }
}
