package org.perfgrade.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.changes.ChangeKind;
import org.perfgrade.snapshot.Change;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountingRules;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 简报篇幅: on a busy day of the campaign — 300 changes of every kind in every county, 40 items overdue and 20 done
 * late — the briefing keeps to four pages, and its summary of the changes counts what the snapshot holds, kind by
 * kind and county by county.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingPageBudgetTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 9, 20);
    private static final List<String> KINDS = List.of("grade-up", "grade-down", "new-grade", "grade-change",
            "grade-removed", "target-met", "target-missed", "overdue");

    @Autowired
    private BriefingReport report;

    @Autowired
    private DocumentArchive archive;

    @Autowired
    private ReferenceData reference;

    @Autowired
    private CountingRules rules;

    private Snapshot snapshot;
    private TargetTablePdf pdf;
    private int pages;

    @BeforeAll
    void render() throws IOException {
        // given: 300 changes spread unevenly over the ten counties and eight kinds, every county owing the four review
        // batches (40 overdue items) and late with its 附件2 and expert list (20 late items)
        List<County> counties = reference.counties();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String county = counties.get((i * i + i / 7) % counties.size()).name();
            String kind = KINDS.get((i * 3 + i / 11) % KINDS.size());
            changes.add(kind.startsWith("target") ? new Change(kind, county, null, null, "national-passed", "0.2500")
                    : kind.equals("overdue") ? new Change(kind, county, null, null, "2021-09-15", "第四批" + i)
                    : new Change(kind, county, county + "第" + i + "铸造有限公司", "铸造", "C", "B"));
        }
        List<Deadline> deadlines = reference.calendar().deadlines();
        List<OverdueItem> overdue = new ArrayList<>();
        List<LateItem> late = new ArrayList<>();
        for (County county : counties) {
            for (Deadline d : deadlines) {
                if (d.batch() > 0) {
                    overdue.add(OverdueItem.on(AS_OF, county.name(), d.name(), d.due()));
                }
                else if (d.code().equals("improvement-list") || d.code().equals("expert-register")) {
                    late.add(LateItem.of(county.name(), d.name(), d.due(), d.due().plusDays(10 + county.order())));
                }
            }
        }
        assertThat(overdue).hasSize(40);
        assertThat(late).hasSize(20);
        List<CountySnapshot> shares = counties.stream().map(c -> new CountySnapshot(c.name(), List.of(
                level("national", 10, 3, "0.3000", 2, "0.2000"), level("provincial", 4, 1, "0.2500", 1, "0.2500"))))
                .toList();
        CitySnapshot city = new CitySnapshot(List.of(
                new CityLevelShares("national", 100, 30, new BigDecimal("0.3000"), 20, new BigDecimal("0.2000"), null,
                        null, null, null, null, null, 0, new BigDecimal("0.2000"), new BigDecimal("0.2000"), true, 0),
                new CityLevelShares("provincial", 40, 10, new BigDecimal("0.2500"), 10, new BigDecimal("0.2500"), null,
                        null, null, null, null, null, 0, new BigDecimal("0.2500"), new BigDecimal("0.2500"), true,
                        0)), 5, 0, false);
        snapshot = new Snapshot(AS_OF, rules.describe(reference), shares, city, overdue, late, changes);
        // when
        Path file = archive.outDir().resolve(report.render(snapshot).path());
        pdf = TargetTablePdf.read(file);
        pages = pdf.pageSizes().size();
    }

    private static LevelShares level(String level, int counted, int applied, String appliedShare, int passed,
                                     String passedShare) {
        return new LevelShares(level, counted, applied, new BigDecimal(appliedShare), passed,
                new BigDecimal(passedShare), new BigDecimal("0.2500"), new BigDecimal("0.2000"), true, true, 0, 0, 0);
    }

    @Test
    void keepsToFourPages() {
        // then
        System.out.println("每日进展简报 with 300 changes, 40 overdue and 20 late items: " + pages + " pages");
        assertThat(pages).isBetween(2, 4);
        assertThat(pdf.compact()).contains("第" + pages + "页/共" + pages + "页");
    }

    @Test
    void summaryCountsEqualTheSnapshotsChangesByKindAndCounty() {
        // then: each county's row and 合计 read back from the PDF equal the snapshot's changes counted by kind
        List<String> counties = new ArrayList<>(reference.counties().stream().map(County::name).toList());
        counties.add("合计");
        for (String county : counties) {
            List<Integer> printed = row(county);
            List<Integer> expected = new ArrayList<>();
            for (String kind : KINDS) {
                expected.add((int) snapshot.changes().stream()
                        .filter(c -> c.kind().equals(kind) && (county.equals("合计") || c.county().equals(county)))
                        .count());
            }
            expected.add(expected.stream().mapToInt(Integer::intValue).sum());
            assertThat(printed).as(county).isEqualTo(expected);
        }
        assertThat(row("合计").get(KINDS.size())).isEqualTo(300);
        assertThat(ChangeKind.of("grade-up").label()).isEqualTo("升级");
    }

    @Test
    void overdueAndLateItemsAreSummarisedByCountyNotListed() {
        // then: every county owes four batches, the most days those of the first batch (8/5 → 9/20: 46 days)
        String compact = pdf.compact();
        for (County county : reference.counties()) {
            assertThat(compact).contains(county.name() + "446第一批46天、第二批36天、第三批21天、第四批5天");
            assertThat(compact).contains(county.name() + "2" + (10 + county.order() + "") + "提升企业清单"
                    + (10 + county.order()) + "天、专家信息" + (10 + county.order()) + "天");
        }
        assertThat(compact).contains("合计4046第一批10个县区、第二批10个县区、第三批10个县区、第四批10个县区",
                "明细见《逾期事项清单》（逾期事项清单.xlsx）。");
    }

    /** The numbers printed after the county's name on its line of the summary table. */
    private List<Integer> row(String county) {
        Matcher m = Pattern.compile("(?m)^" + county + "((?:\\s+\\d+){" + (KINDS.size() + 1) + "})\\s*$")
                .matcher(pdf.text());
        assertThat(m.find()).as("summary row of " + county).isTrue();
        List<Integer> numbers = new ArrayList<>();
        for (String n : m.group(1).trim().split("\\s+")) {
            numbers.add(Integer.parseInt(n));
        }
        return numbers;
    }
}
