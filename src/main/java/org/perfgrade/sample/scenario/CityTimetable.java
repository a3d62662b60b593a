package org.perfgrade.sample.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.perfgrade.reference.Deadline;
import org.perfgrade.sample.SampleEnterprise;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.scenario.ExpertPool.Expert;
import org.perfgrade.sample.scenario.LineFates.Fate;

/**
 * 市级的日程: the violations found in September (a handful of enterprises whose A/B lines nobody certifies after
 * the day, so the downgrade stands; between the third and the fourth batch's provincial results), the city's correction in October, the expert criticised after the last opinion
 * he signed, the progress notices, the nights that render documents and the filing package of each batch.
 */
final class CityTimetable {

    static final int VIOLATIONS = 5;
    /**
     * The violations fall after the third batch's provincial results and before the fourth's, so that the dip they
     * cause in the city's goal shares is not hidden by upgrades on the same days.
     */
    static final LocalDate VIOLATIONS_FROM = LocalDate.of(2021, 9, 16);
    static final LocalDate VIOLATIONS_TO = LocalDate.of(2021, 9, 24);
    static final List<LocalDate> PROGRESS = List.of(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 7, 2),
            LocalDate.of(2021, 8, 16), LocalDate.of(2021, 9, 16), LocalDate.of(2021, 10, 15),
            LocalDate.of(2021, 11, 15));
    private static final String[] TYPES = { "超标排放", "污染治理设施不正常运行", "偷排偷放" };

    /** A violation found on {@code day}. */
    record Violation(SampleEnterprise enterprise, LocalDate day, String type, String document) {
    }

    private final List<Violation> violations = new ArrayList<>();
    private final Map<LocalDate, CityAction> actions = new TreeMap<>();
    private final Set<LocalDate> progress = new TreeSet<>();
    private final Set<LocalDate> renders = new TreeSet<>();
    private final Map<LocalDate, Integer> filings = new TreeMap<>();
    private final LocalDate barDay;

    CityTimetable(ScenarioCalendar calendar, LineFates fates, ReviewTimetable review, Random random) {
        violations(calendar, fates, random);
        SampleLedgerLine corrected = fates.corrected();
        if (corrected != null) {
            LocalDate day = calendar.between(random, LocalDate.of(2021, 10, 18), LocalDate.of(2021, 10, 29));
            actions.put(day, new CityAction.Correction(corrected.creditCode(), corrected.industry(),
                    corrected.branch(), corrected.grade(), "经市生态环境局现场核查，该企业" + corrected.industry()
                    + "生产线已完成提标治理，县区清单台账误填为D级，按核查结果更正为" + corrected.grade() + "级"));
        }
        Expert barred = review.barred();
        LocalDate bar = null;
        if (barred != null) {
            LocalDate after = review.lastOpinionOf(barred).plusDays(1);
            LocalDate from = after.isAfter(LocalDate.of(2021, 9, 22)) ? after : LocalDate.of(2021, 9, 22);
            bar = calendar.between(random, from, from.plusDays(14));
            while (actions.containsKey(bar)) {
                bar = calendar.plus(bar, 1);
            }
            actions.put(bar, new CityAction.ExpertBar(barred.name(), barred.organisation(),
                    "《关于对绩效分级评审专家" + barred.name() + "予以通报批评的通报》"));
        }
        barDay = bar;
        PROGRESS.forEach(d -> progress.add(calendar.onOrAfter(d)));
        for (LocalDate day : calendar.days()) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                renders.add(day);
            }
        }
        for (Deadline deadline : calendar.deadlines()) {
            if (!deadline.due().isBefore(ScenarioCalendar.FIRST) && !deadline.due().isAfter(ScenarioCalendar.LAST)) {
                renders.add(calendar.onOrAfter(deadline.due()));
            }
            if (deadline.batch() > 0) {
                filings.put(calendar.onOrBefore(deadline.due()), deadline.batch());
            }
        }
        renders.add(ScenarioCalendar.LAST);
    }

    /**
     * Enterprises in distinct counties whose applied lines are all only confirmed (no provincial review after the
     * day restores the grade), found on distinct September days.
     */
    private void violations(ScenarioCalendar calendar, LineFates fates, Random random) {
        Set<String> uncertified = new java.util.LinkedHashSet<>();
        Set<String> certified = new HashSet<>();
        fates.applied().forEach(a -> (a.fate() == Fate.CONFIRMED ? uncertified : certified)
                .add(a.enterprise().creditCode()));
        uncertified.removeAll(certified);
        List<SampleEnterprise> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        fates.applied().stream().map(LineFates.Applied::enterprise)
                .filter(e -> uncertified.contains(e.creditCode()) && seen.add(e.creditCode())).forEach(candidates::add);
        Collections.shuffle(candidates, random);
        Set<String> counties = new HashSet<>();
        List<LocalDate> september = calendar.days().stream()
                .filter(d -> !d.isBefore(VIOLATIONS_FROM) && !d.isAfter(VIOLATIONS_TO)).toList();
        Set<LocalDate> used = new HashSet<>();
        for (SampleEnterprise e : candidates) {
            boolean corrected = fates.corrected() != null && fates.corrected().creditCode().equals(e.creditCode());
            if (violations.size() == VIOLATIONS || corrected || !counties.add(e.countyCode())) {
                continue;
            }
            LocalDate day = september.get(random.nextInt(september.size()));
            while (!used.add(day)) {
                day = september.get(random.nextInt(september.size()));
            }
            String prefix = "汴环罚〔2021〕";
            violations.add(new Violation(e, day, TYPES[violations.size() % TYPES.length],
                    prefix + (20 + random.nextInt(80)) + "号"));
        }
        violations.sort(java.util.Comparator.comparing(Violation::day));
    }

    List<Violation> violations() {
        return violations;
    }

    List<Violation> violations(String countyCode, LocalDate day) {
        return violations.stream().filter(v -> v.day().equals(day) && v.enterprise().countyCode().equals(countyCode))
                .toList();
    }

    List<CityAction> actions(LocalDate day) {
        CityAction action = actions.get(day);
        return action == null ? List.of() : List.of(action);
    }

    /** The notices issued on the day: progress, expert-criticism on the bar's day. */
    List<String> notices(LocalDate day) {
        List<String> notices = new ArrayList<>();
        if (progress.contains(day)) {
            notices.add("progress");
        }
        if (day.equals(barDay)) {
            notices.add("expert-criticism");
        }
        return notices;
    }

    boolean renders(LocalDate day) {
        return renders.contains(day);
    }

    Integer filing(LocalDate day) {
        return filings.get(day);
    }
}
