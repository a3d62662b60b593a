package org.perfgrade.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.reference.County;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.CountySubmission.LedgerRow;
import org.perfgrade.sample.CountySubmission.PlanRow;

/**
 * Decides, cell by cell, how a county clerk writes a county's rows ({@link ClerkStyle}). Only forms whose meaning is
 * certain are used: the branch is left empty or written {@code /} in the ledger only where the grade admits one
 * branch alone (水泥 with a letter grade is 熟料), and in 附件2 also where the county's ledger names the enterprise's
 * one line of that industry (铸造); rows with a planted defect are written as they are.
 */
final class ClerkStyleFactory {

    private static final String COUNTY = "县、区";
    private static final String INDUSTRY = "重点行业类型";
    private static final String BRANCH = "重点行业分支";

    private final ReferenceData reference;
    private final int campaignYear;
    private final LocalDate earliestDue;
    /** How many planned dates of each {@link ClerkWriting#dateKind} were written, so each kind shows its forms. */
    private final int[] datesOfKind = new int[4];

    /** @param earliestDue the first day a sample plan may be due; a rounded planned date stays on or after it */
    ClerkStyleFactory(ReferenceData reference, LocalDate earliestDue) {
        this.reference = reference;
        this.campaignYear = earliestDue.getYear();
        this.earliestDue = earliestDue;
    }

    /**
     * Clerks plan by 上旬, 中旬 and 月底: every other clean plan's 拟完成时间 moves back to a 10th, 20th or last day of a
     * month ({@link ClerkWriting#roundedDown}), never later, so that those forms can be written. This is the
     * one change the clerk style makes to the model; no campaign figure depends on the day of a planned date.
     */
    void roundDueDates(List<PlanRow> planRows) {
        for (int k = 0; k < planRows.size(); k += 2) {
            PlanRow row = planRows.get(k);
            SamplePlan p = row.plan();
            if (row.defect() == null && p.dueDate() != null) {
                planRows.set(k, new PlanRow(row.enterprise(), new SamplePlan(p.countyCode(), p.creditCode(),
                        p.enterpriseName(), p.industry(), p.branch(), p.currentGrade(), p.targetGrade(), p.indicator(),
                        p.problem(), p.measure(), ClerkWriting.roundedDown(p.dueDate(), earliestDue), p.remark()), null));
            }
        }
    }

    ClerkStyle style(County county, List<LedgerRow> ledgerRows, List<PlanRow> planRows) {
        String shortName = ClerkWriting.county(county.name());
        Map<String, Integer> linesInIndustry = new HashMap<>();
        for (LedgerRow row : ledgerRows) {
            if (row.defect() == null) {
                linesInIndustry.merge(row.enterprise().creditCode() + "|" + row.line().industry(), 1, Integer::sum);
            }
        }
        List<Map<String, String>> ledgerCells = new ArrayList<>(ledgerRows.size());
        for (int k = 0; k < ledgerRows.size(); k++) {
            LedgerRow row = ledgerRows.get(k);
            ledgerCells.add(row.defect() != null ? Map.of() : ledgerCells(row, k, shortName));
        }
        List<Map<String, String>> planCells = new ArrayList<>(planRows.size());
        for (int k = 0; k < planRows.size(); k++) {
            PlanRow row = planRows.get(k);
            boolean ledgerNamesBranch = linesInIndustry.getOrDefault(
                    row.plan().creditCode() + "|" + row.plan().industry(), 0) == 1;
            planCells.add(row.defect() != null ? Map.of() : planCells(row, k, shortName, ledgerNamesBranch));
        }
        return new ClerkStyle(ledgerCells, planCells, "填报人：王丽　　审核人：李建国　　联系电话：0371-2"
                + county.code().substring(county.code().length() - 3) + "1688");
    }

    private Map<String, String> ledgerCells(LedgerRow row, int k, String county) {
        SampleLedgerLine line = row.line();
        Map<String, String> cells = new HashMap<>();
        cells.put(COUNTY, county);
        Optional.ofNullable(ClerkWriting.grade(line.grade(), k)).ifPresent(g -> cells.put("绩效级别", g));
        industry(cells, line.industry(), line.branch(), k, certain(line.industry(), line.branch(),
                line.grade() == null ? List.of() : List.of(line.grade())));
        String[] optional = { "二氧化硫（吨/年）", "氮氧化物（吨/年）", "颗粒物（吨/年）", "VOCs（吨/年）", "主要产品", "产能",
                "生产线", "保障类企业", "荣誉称号" };
        Object[] values = { line.so2(), line.nox(), line.pm(), line.vocs(), line.products(), line.capacity(),
                line.lines(), row.enterprise().guaranteeType(), row.enterprise().honoursText() };
        for (int i = 0; i < optional.length; i++) {
            if (values[i] == null || values[i].toString().isEmpty()) {
                cells.put(optional[i], ClerkWriting.emptyMarker(k + i));
            }
        }
        return Map.copyOf(cells);
    }

    private Map<String, String> planCells(PlanRow row, int k, String county, boolean ledgerNamesBranch) {
        SamplePlan plan = row.plan();
        Map<String, String> cells = new HashMap<>();
        cells.put(COUNTY, county);
        cells.put("绩效现状", ClerkWriting.currentGrade(plan.currentGrade(), k));
        cells.put("绩效提升目标", ClerkWriting.grade(plan.targetGrade(), k + 1));
        List<String> grades = plan.currentGrade() == null ? List.of(plan.targetGrade())
                : List.of(plan.currentGrade(), plan.targetGrade());
        industry(cells, plan.industry(), plan.branch(), k,
                ledgerNamesBranch || certain(plan.industry(), plan.branch(), grades));
        if (plan.dueDate() != null) {
            cells.put("拟完成时间", ClerkWriting.plannedDate(plan.dueDate(),
                    datesOfKind[ClerkWriting.dateKind(plan.dueDate())]++, campaignYear));
        }
        if (plan.remark() == null) {
            cells.put("备注", ClerkWriting.emptyMarker(k));
        }
        if (row.enterprise().permitNo() == null) {
            cells.put("排污许可证编号", ClerkWriting.emptyMarker(k + 1));
        }
        return Map.copyOf(cells);
    }

    /**
     * 重点行业类型 and 分支 in turn: as clean (branch left empty where certain), with 行业 (branch {@code /} where
     * certain), with the branch inside the type (branch cell empty; 业 suffix without branches), with an 业 suffix
     * (包装印刷业), and as clean.
     */
    private static void industry(Map<String, String> cells, String industry, String branch, int k,
                                 boolean branchCertain) {
        switch (Math.floorMod(k, 5)) {
            case 0 -> {
                if (branch != null && branchCertain) {
                    cells.put(BRANCH, "");
                }
            }
            case 1 -> {
                cells.put(INDUSTRY, industry + "行业");
                if (branch != null && branchCertain) {
                    cells.put(BRANCH, "/");
                }
            }
            case 2 -> {
                if (branch != null) {
                    cells.put(INDUSTRY, industry + "（" + branch + "）");
                    cells.put(BRANCH, "");
                } else {
                    cells.put(INDUSTRY, industry + "业");
                }
            }
            case 3 -> cells.put(INDUSTRY, industry + "业");
            default -> {
                // written as clean
            }
        }
    }

    /** Whether exactly one branch of the industry admits all the grades, and it is the line's own. */
    private boolean certain(String industryName, String branch, List<String> grades) {
        Optional<Industry> industry = reference.industry(industryName);
        if (branch == null || grades.isEmpty() || industry.isEmpty()) {
            return false;
        }
        List<IndustryBranch> admitting = industry.get().branches().stream()
                .filter(b -> grades.stream().allMatch(b.scheme()::allows)).toList();
        return admitting.size() == 1 && Objects.equals(admitting.get(0).name(), branch);
    }
}
