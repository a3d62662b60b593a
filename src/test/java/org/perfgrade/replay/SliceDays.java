package org.perfgrade.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleApplications;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.sample.scenario.CityAction;
import org.perfgrade.sample.scenario.ScenarioDay;

/**
 * A small scenario of the test's own over seven working days of June 2021 (6/14 is the Dragon Boat Festival), from
 * the sample submissions: the first five counties' ledgers and 附件2 on 6/7, nothing on 6/8, the other counties on
 * 6/9 but the last one without its 附件2, which it sends on 6/16 (two days after the 6/14 deadline), the applications
 * with their scans on 6/10, a city correction on 6/11 and the filing package of batch 1 that day. Progress notices on
 * 6/9 and 6/15; briefings on 6/7 and 6/15.
 */
final class SliceDays implements ReplayDays {

    static final LocalDate FIRST = LocalDate.of(2021, 6, 7);
    static final LocalDate NO_FILES = LocalDate.of(2021, 6, 8);
    static final LocalDate REST = LocalDate.of(2021, 6, 9);
    static final LocalDate APPLICATIONS = LocalDate.of(2021, 6, 10);
    static final LocalDate CORRECTION = LocalDate.of(2021, 6, 11);
    static final LocalDate AFTER_DEADLINE = LocalDate.of(2021, 6, 15);
    static final LocalDate LATE = LocalDate.of(2021, 6, 16);
    static final LocalDate IMPROVEMENT_DEADLINE = LocalDate.of(2021, 6, 14);

    private final ReferenceData reference;
    private final WorkbookStamp stamp;
    private final Path scratch;
    private final SampleSubmissions samples;
    private final CityAction.Correction correction;

    SliceDays(ReferenceData reference, WorkbookStamp stamp, Path scratch, CityAction.Correction correction) {
        this.reference = reference;
        this.stamp = stamp;
        this.scratch = scratch;
        this.samples = new SampleSubmissions(reference, 2021).withoutDefects().datedBy(stamp);
        this.correction = correction;
    }

    SampleSubmissions samples() {
        return samples;
    }

    /** The county that sends its 附件2 late. */
    County lateCounty() {
        List<County> counties = reference.counties();
        return counties.get(counties.size() - 1);
    }

    @Override
    public List<LocalDate> days() {
        return List.of(FIRST, NO_FILES, REST, APPLICATIONS, CORRECTION, AFTER_DEADLINE, LATE);
    }

    @Override
    public ScenarioDay prepare(LocalDate day, Path dayInbox, Path materialsRoot) throws IOException {
        Files.createDirectories(dayInbox);
        List<County> counties = reference.counties();
        List<Path> files = new ArrayList<>();
        List<CityAction> actions = List.of();
        List<String> notices = List.of();
        Integer filing = null;
        boolean render = false;
        List<String> events = new ArrayList<>();
        if (day.equals(FIRST)) {
            files.addAll(submissions(day, dayInbox, counties.subList(0, 5), true, true));
            events.add("前五个县区报送清单台账和提升企业清单");
            render = true;
        }
        else if (day.equals(REST)) {
            files.addAll(submissions(day, dayInbox, counties.subList(5, counties.size() - 1), true, true));
            files.addAll(submissions(day, dayInbox, List.of(lateCounty()), true, false));
            events.add("其余县区报送，" + lateCounty().name() + "未报提升企业清单");
            notices = List.of("progress");
        }
        else if (day.equals(APPLICATIONS)) {
            Path written = scratch.resolve("applications-" + day);
            for (Path file : SampleApplications.write(reference, samples.generate(), written, day, stamp)) {
                Path target = dayInbox.resolve(written.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                files.add(target);
            }
            copyTree(written, materialsRoot, true);
            events.add("各县区报送申报及评审结果");
        }
        else if (day.equals(CORRECTION)) {
            actions = List.of(correction);
            filing = 1;
            events.add("市级更正一条级别；第1批报省材料包");
        }
        else if (day.equals(AFTER_DEADLINE)) {
            notices = List.of("progress");
            render = true;
        }
        else if (day.equals(LATE)) {
            files.addAll(submissions(day, dayInbox, List.of(lateCounty()), false, true));
            events.add(lateCounty().name() + "逾期报送提升企业清单");
        }
        return new ScenarioDay(day, files, actions, render, notices, filing, events);
    }

    /** The counties' ledgers and/or 附件2 of the day, copied from the sample inbox written for that day. */
    private List<Path> submissions(LocalDate day, Path dayInbox, List<County> counties, boolean ledger,
                                   boolean improvement) throws IOException {
        Path written = scratch.resolve("inbox-" + day);
        samples.writeInbox(written, day);
        List<Path> files = new ArrayList<>();
        for (County county : counties) {
            try (Stream<Path> found = Files.list(written.resolve(county.name()))) {
                for (Path file : found.sorted().toList()) {
                    boolean isImprovement = file.getFileName().toString().contains("提升");
                    if (isImprovement ? improvement : ledger) {
                        Path target = dayInbox.resolve(county.name()).resolve(file.getFileName().toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                        files.add(target);
                    }
                }
            }
        }
        return files;
    }

    /** Copies the {@code materials} folders of {@code from}'s county folders (or the other files) into {@code to}. */
    private static void copyTree(Path from, Path to, boolean materialsOnly) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String relative = from.relativize(file).toString();
                if (materialsOnly != relative.contains("/materials/")) {
                    continue;
                }
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
