package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario's days and its determinism: same seed, same days and the same bytes. */
class CampaignScenarioTests {

    @TempDir
    Path dir;

    @Test
    void theDaysAreTheWorkingDaysOf2021FromThePlanToTheLastDate() {
        // given
        ReferenceData reference = PreparedScenario.reference();
        // when
        List<LocalDate> days = CampaignScenario.of(reference, 7, WorkbookStamp.inDefaultZone()).days();
        // then
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2021, 5, 25));
        assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.of(2021, 11, 15));
        assertThat(days).isSorted().doesNotHaveDuplicates().hasSizeBetween(110, 130);
        assertThat(days).doesNotContain(LocalDate.of(2021, 6, 14), LocalDate.of(2021, 10, 1),
                LocalDate.of(2021, 9, 20), LocalDate.of(2021, 5, 29));
        assertThat(days).contains(LocalDate.of(2021, 9, 18), LocalDate.of(2021, 9, 26), LocalDate.of(2021, 10, 9));
        assertThat(days).allMatch(d -> reference.calendar().workingDays().isWorkingDay(d));
        long weekdays = Stream.iterate(days.get(0), d -> !d.isAfter(days.get(days.size() - 1)), d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(d -> reference.calendar().workingDays().isWorkingDay(d)).count();
        assertThat(days.stream().filter(d -> d.getDayOfWeek().getValue() < 6).count()).isEqualTo(weekdays);
    }

    @Test
    void theSameSeedGivesTheSameDaysAndTheSameBytes() throws IOException {
        // given two scenarios of the same seed
        ReferenceData reference = PreparedScenario.reference();
        CampaignScenario first = CampaignScenario.of(reference, 2021, WorkbookStamp.inDefaultZone());
        CampaignScenario second = CampaignScenario.of(reference, 2021, WorkbookStamp.inDefaultZone());
        List<LocalDate> sample = first.days().stream().filter(d -> d.getMonthValue() == 6 && d.getDayOfMonth() < 12
                || d.equals(LocalDate.of(2021, 8, 5)) || d.getMonthValue() == 9 && d.getDayOfMonth() < 10).toList();
        // when each prepares the days
        for (LocalDate day : sample) {
            first.prepare(day, dir.resolve("a/inbox").resolve(day.toString()), dir.resolve("a/materials"));
            second.prepare(day, dir.resolve("b/inbox").resolve(day.toString()), dir.resolve("b/materials"));
        }
        // then
        assertThat(second.days()).isEqualTo(first.days());
        Map<String, String> a = digests(dir.resolve("a"));
        assertThat(a).hasSizeGreaterThan(30);
        assertThat(digests(dir.resolve("b"))).isEqualTo(a);
        assertThat(a.keySet()).anyMatch(f -> f.endsWith("清单台账.xlsx")).anyMatch(f -> f.endsWith(".pdf"))
                .anyMatch(f -> f.contains("申报及评审结果"));
    }

    @Test
    void anotherSeedGivesAnotherScenario() throws IOException {
        // given
        ReferenceData reference = PreparedScenario.reference();
        LocalDate day = LocalDate.of(2021, 6, 1);
        // when
        ScenarioDay a = CampaignScenario.of(reference, 1, WorkbookStamp.inDefaultZone()).prepare(day,
                dir.resolve("a"), dir.resolve("ma"));
        ScenarioDay b = CampaignScenario.of(reference, 2, WorkbookStamp.inDefaultZone()).prepare(day,
                dir.resolve("b"), dir.resolve("mb"));
        // then
        assertThat(digests(dir.resolve("a"))).isNotEqualTo(digests(dir.resolve("b")));
        assertThat(a.date()).isEqualTo(b.date());
    }

    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(f).toString(), sha256(f));
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
