package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SamplePlan;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.sample.ScenarioFiles;

/**
 * 2021年提升行动演示场景: a seeded replay of the campaign from the plan's date (2021-05-25) to 2021-11-15 on the
 * working days of the configured calendar — each county submitting on its own dates, the review batches, violations,
 * a correction, an expert barred. Deterministic: the same reference data and seed give the same days and files.
 * The city is the demo's sample city ({@link SampleSubmissions}, clerk-style files); its June ledger shows the grades
 * before the review batches, which the province's results bring to the sample's grades by November.
 */
public final class CampaignScenario {

    private final ScenarioCalendar calendar;
    private final List<County> counties;
    private final EarlyTimetable early;
    private final ReviewTimetable review;
    private final CityTimetable city;
    private final DeliveryWriter writer;
    private final Map<LocalDate, List<Delivery>> deliveries = new TreeMap<>();
    private final SampleDataset dataset;
    private final LineFates fates;

    private CampaignScenario(ReferenceData reference, long seed, WorkbookStamp stamp) {
        this.calendar = new ScenarioCalendar(reference.calendar());
        this.counties = reference.counties().stream().sorted(Comparator.comparingInt(County::order)).toList();
        this.dataset = new SampleSubmissions(reference, seed).withClerkStyle().datedBy(stamp).generate();
        ScenarioFiles files = new ScenarioFiles(reference, dataset, stamp);
        List<County> correctable = counties.stream()
                .filter(c -> !files.fixableImprovementListDefects(c.code()).isEmpty()).toList();
        this.early = new EarlyTimetable(calendar, counties, correctable, new Random(seed * 7919L + 3));
        List<SamplePlan> fixed = early.correcting() == null ? List.of()
                : files.fixedPlans(early.correcting().code(), 1);
        this.fates = new LineFates(reference, dataset, fixed, new Random(seed * 7919L + 1));
        ExpertPool experts = new ExpertPool(counties, new Random(seed * 7919L + 2));
        this.review = new ReviewTimetable(calendar, counties, fates, experts, new Random(seed * 7919L + 4),
                new Random(seed * 7919L + 6));
        this.city = new CityTimetable(calendar, fates, review, new Random(seed * 7919L + 5));
        this.writer = new DeliveryWriter(files, fates, experts, stamp, early, new ReviewFiles(review, city, stamp));
        early.deliveries().forEach((day, list) -> list.forEach(d -> add(day, d)));
        Map<String, County> byCode = new HashMap<>();
        counties.forEach(c -> byCode.put(c.code(), c));
        review.listDays().forEach((code, days) -> days.forEach(d -> add(d, new Delivery.Applications(byCode.get(code)))));
        city.violations().forEach(v -> add(v.day(), new Delivery.Violations(byCode.get(v.enterprise().countyCode()))));
        deliveries.values().forEach(list -> list.sort(Comparator.comparingInt((Delivery d) -> d.county().order())
                .thenComparingInt(CampaignScenario::kindOrder)));
    }

    /** The scenario for the reference data and seed; files dated with {@code stamp}. */
    public static CampaignScenario of(ReferenceData reference, long seed, WorkbookStamp stamp) {
        return new CampaignScenario(Objects.requireNonNull(reference, "reference"), seed,
                Objects.requireNonNull(stamp, "stamp"));
    }

    /** The working days replayed, oldest first (2021-05-25 … 2021-11-15). */
    public List<LocalDate> days() {
        return calendar.days();
    }

    /**
     * Writes the day's county files into {@code dayInbox/<县区名>/} and the scans of that day's applications under
     * {@code materialsRoot/<县区名>/materials/<统一社会信用代码>/} (the folder the filing package reads), and returns
     * the day. Writing a day again writes the same bytes. Days need not be prepared in order, but the scenario's
     * files only make sense imported in order.
     */
    public ScenarioDay prepare(LocalDate day, Path dayInbox, Path materialsRoot) throws IOException {
        if (!calendar.isDay(day)) {
            throw new IllegalArgumentException(day + " 不是演示场景的工作日（2021-05-25 至 2021-11-15）");
        }
        List<Path> files = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (Delivery delivery : deliveries.getOrDefault(day, List.of())) {
            Path folder = dayInbox.resolve(delivery.county().name());
            Files.createDirectories(folder);
            files.addAll(writer.write(delivery, day, folder, materialsRoot));
            events.add(writer.event(delivery, ordinal(delivery, day), day));
        }
        List<CityAction> actions = city.actions(day);
        for (CityAction action : actions) {
            if (action instanceof CityAction.Correction c) {
                String name = dataset.enterprise(c.creditCode()).map(e -> e.name()).orElse(c.creditCode());
                events.add("市生态环境局更正" + name + "（" + c.industry() + "）的绩效级别为" + c.grade() + "级："
                        + c.reason());
            } else if (action instanceof CityAction.ExpertBar b) {
                events.add("市攻坚办通报批评评审专家" + b.name() + "（" + b.organisation() + "），三年内不得参与绩效分级评审");
            }
        }
        List<String> notices = city.notices(day);
        notices.forEach(n -> events.add("progress".equals(n) ? "市攻坚办印发绩效分级提升工作进展情况通报"
                : "市攻坚办印发评审专家通报批评的通报"));
        Integer filing = city.filing(day);
        if (filing != null) {
            events.add("市生态环境局向省厅报送第" + filing + "批审核认定备案材料");
        }
        return new ScenarioDay(day, files, actions, city.renders(day), notices, filing, events);
    }

    /** The sample city (the model the campaign ends near). */
    SampleDataset dataset() {
        return dataset;
    }

    LineFates fates() {
        return fates;
    }

    EarlyTimetable early() {
        return early;
    }

    ReviewTimetable review() {
        return review;
    }

    CityTimetable city() {
        return city;
    }

    /** How many deliveries of the same kind the county made up to this one (1 for the first). */
    private int ordinal(Delivery delivery, LocalDate day) {
        int n = 0;
        for (Map.Entry<LocalDate, List<Delivery>> e : deliveries.entrySet()) {
            if (e.getKey().isAfter(day)) {
                break;
            }
            for (Delivery d : e.getValue()) {
                if (d.getClass() == delivery.getClass() && d.county().equals(delivery.county())) {
                    n++;
                }
                if (e.getKey().equals(day) && d == delivery) {
                    return n;
                }
            }
        }
        return n;
    }

    private void add(LocalDate day, Delivery delivery) {
        deliveries.computeIfAbsent(day, d -> new ArrayList<>()).add(delivery);
    }

    private static int kindOrder(Delivery d) {
        List<Class<?>> order = List.of(Delivery.WorkPlan.class, Delivery.Ledger.class,
                Delivery.ImprovementList.class, Delivery.Experts.class, Delivery.Applications.class,
                Delivery.Violations.class);
        return order.indexOf(d.getClass());
    }
}
