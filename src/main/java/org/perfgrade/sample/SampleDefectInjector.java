package org.perfgrade.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.CountySubmission.LedgerRow;
import org.perfgrade.sample.CountySubmission.PlanRow;
import org.perfgrade.sample.CountySubmission.RowDefect;
import org.perfgrade.sample.SampleLineFactory.LineSpec;

/**
 * 问题行注入: puts ten deliberately bad rows into the county files (one per county, counties taken in turn), of the
 * kinds real submissions contain — a short credit code, a wrong check character, a letter I, 铸造业 for 铸造, a grade
 * outside the scheme, another county's name, a missing 企业名称, 2021年13月1日, a duplicated line — so that the import
 * can be tested against them. Bad ledger rows belong to enterprises that are not in the clean model; bad
 * improvement-list rows plan lines of clean enterprises that have no clean plan.
 */
final class SampleDefectInjector {

    static final String CREDIT_CODE = "统一社会信用代码";

    /** An industry name no suffix, branch or alias explains: the planted unknown industry (铸造业 is now read as 铸造). */
    static final String UNEXPLAINED_INDUSTRY = "五金加工";

    private final ReferenceData reference;
    private final Random random;
    private final SampleEnterpriseFactory enterprises;
    private final SampleLineFactory lines;
    private final SamplePlanFactory plans;
    SampleDefectInjector(ReferenceData reference, Random random, SampleEnterpriseFactory enterprises,
                         SampleLineFactory lines, SamplePlanFactory plans) {
        this.reference = reference;
        this.random = random;
        this.enterprises = enterprises;
        this.lines = lines;
        this.plans = plans;
    }

    void inject(List<CountyDraft> drafts) {
        int n = drafts.size();
        int offset = random.nextInt(n);
        badCreditCode(drafts.get(offset % n), SampleDefectType.CREDIT_CODE_LENGTH);
        badCreditCode(drafts.get((offset + 1) % n), SampleDefectType.CREDIT_CODE_CHECK_CHARACTER);
        badCreditCode(drafts.get((offset + 2) % n), SampleDefectType.CREDIT_CODE_CHARACTER);
        unknownIndustry(drafts.get((offset + 3) % n));
        CountyDraft gradeCounty = drafts.get((offset + 4) % n);
        badGrade("水泥", "熟料", "B-").ifPresent(bad -> ledgerGrade(gradeCounty, bad));
        if (n > 1) {
            countyMismatch(drafts, drafts.get((offset + 5) % n));
        }
        duplicate(drafts.get((offset + 6) % n));
        int planStart = (offset + 7) % n;
        badGrade("水泥", "粉磨站", "A").ifPresent(bad -> planDefect(drafts, planStart, bad.spec(),
                SampleDefectType.GRADE_NOT_IN_SCHEME, "绩效提升目标", bad.grade(),
                "绩效提升目标“" + bad.grade() + "”不在" + schemeLabel(bad.spec()) + "的分级方案中（"
                        + String.join("、", bad.spec().scheme().grades()) + "）"));
        planDefect(drafts, (offset + 8) % n, null, SampleDefectType.MISSING_ENTERPRISE_NAME, "企业名称", "",
                "企业名称为空");
        String date = plans.year() + "年13月1日";
        planDefect(drafts, (offset + 9) % n, null, SampleDefectType.UNPARSEABLE_DATE, "拟完成时间", date,
                "拟完成时间“" + date + "”不是有效日期");
    }

    private void badCreditCode(CountyDraft draft, SampleDefectType type) {
        LineSpec spec = lines.pickSpec();
        SampleEnterprise enterprise = enterprises.createForDefect(draft.county, spec.vocabulary(),
                List.of(spec.industry()));
        String code = enterprise.creditCode();
        String bad = switch (type) {
            case CREDIT_CODE_LENGTH -> code.substring(0, 9) + code.substring(10);
            case CREDIT_CODE_CHARACTER -> code.substring(0, 12) + "I" + code.substring(13);
            default -> code.substring(0, 17) + CreditCode.ALPHABET.charAt(
                    (CreditCode.ALPHABET.indexOf(code.charAt(17)) + 1 + random.nextInt(30)) % 31);
        };
        insertLedgerRow(draft, enterprise, spec, new RowDefect(type, CREDIT_CODE, bad, CreditCode.check(bad).message()));
    }

    private void unknownIndustry(CountyDraft draft) {
        LineSpec spec = specFor("铸造", null).orElseGet(lines::pickSpec);
        String bad = UNEXPLAINED_INDUSTRY;
        while (reference.industry(bad).isPresent()) {
            bad += "类";
        }
        insertLedgerRow(draft, defectEnterprise(draft, spec), spec, new RowDefect(SampleDefectType.UNKNOWN_INDUSTRY,
                "重点行业类型", bad, "重点行业类型“" + bad + "”不在重点行业清单中，应按技术指南的写法填写"));
    }

    private void ledgerGrade(CountyDraft draft, BadGrade bad) {
        insertLedgerRow(draft, defectEnterprise(draft, bad.spec()), bad.spec(), new RowDefect(
                SampleDefectType.GRADE_NOT_IN_SCHEME, "绩效级别", bad.grade(), "绩效级别“" + bad.grade() + "”不在"
                + schemeLabel(bad.spec()) + "的分级方案中（" + String.join("、", bad.spec().scheme().grades()) + "）"));
    }

    private void countyMismatch(List<CountyDraft> drafts, CountyDraft draft) {
        CountyDraft other = drafts.get((draft.index + 1 + random.nextInt(drafts.size() - 1)) % drafts.size());
        LineSpec spec = lines.pickSpec();
        insertLedgerRow(draft, defectEnterprise(draft, spec), spec, new RowDefect(SampleDefectType.COUNTY_MISMATCH,
                "县、区", other.county.name(), "县、区填写为“" + other.county.name() + "”，与报送单位“"
                + draft.county.name() + "”不一致"));
    }

    private void duplicate(CountyDraft draft) {
        List<Integer> clean = new ArrayList<>();
        for (int i = 0; i < draft.ledgerRows.size(); i++) {
            if (draft.ledgerRows.get(i).defect() == null) {
                clean.add(i);
            }
        }
        int at = clean.get(random.nextInt(clean.size()));
        LedgerRow original = draft.ledgerRows.get(at);
        int copyAt = Math.min(draft.ledgerRows.size(), at + 1 + random.nextInt(3));
        draft.ledgerRows.add(copyAt, new LedgerRow(original.enterprise(), original.line(), new RowDefect(
                SampleDefectType.DUPLICATE_LINE, CREDIT_CODE, original.enterprise().creditCode(),
                "统一社会信用代码、重点行业类型、重点行业分支与上方一行重复")));
    }

    /** A plan row with one bad cell, for a clean, plannable line without a plan (a new clean enterprise if none). */
    private void planDefect(List<CountyDraft> drafts, int start, LineSpec wanted, SampleDefectType type, String column,
                            String value, String description) {
        Predicate<SampleLedgerLine> fits = line -> wanted == null || line.industry().equals(wanted.industry().name())
                && Objects.equals(line.branch(), wanted.branchName());
        CountyDraft draft = null;
        LedgerRow found = null;
        for (int c = 0; c < drafts.size() && found == null; c++) {
            draft = drafts.get((start + c) % drafts.size());
            int size = draft.ledgerRows.size();
            int from = size == 0 ? 0 : random.nextInt(size);
            for (int i = 0; i < size && found == null; i++) {
                LedgerRow row = draft.ledgerRows.get((from + i) % size);
                if (row.defect() == null && fits.test(row.line()) && !draft.planned.contains(row.line())
                        && plans.eligible(row.line())) {
                    found = row;
                }
            }
        }
        if (found == null) {
            draft = drafts.get(start);
            LineSpec spec = wanted != null ? wanted : lines.pickSpec();
            SampleEnterprise enterprise = enterprises.create(draft.county, spec.vocabulary(), List.of(spec.industry()));
            SampleLedgerLine line = lines.line(enterprise.creditCode(), spec, spec.scheme().lowest());
            draft.addEnterprise(enterprise, List.of(line));
            found = draft.ledgerRows.get(draft.ledgerRows.size() - 1);
            if (!plans.eligible(line)) {
                return;
            }
        }
        SamplePlan plan = plans.plan(found.enterprise(), found.line(), draft.industriesOf(found.enterprise().creditCode()));
        if (type == SampleDefectType.GRADE_NOT_IN_SCHEME) {
            plan = new SamplePlan(plan.countyCode(), plan.creditCode(), plan.enterpriseName(), plan.industry(),
                    plan.branch(), plan.currentGrade(), value, plan.indicator(), plan.problem(), plan.measure(),
                    plan.dueDate(), plan.remark());
        }
        draft.planned.add(found.line());
        draft.planRows.add(new PlanRow(found.enterprise(), plan, new RowDefect(type, column, value, description)));
    }

    private SampleEnterprise defectEnterprise(CountyDraft draft, LineSpec spec) {
        return enterprises.createForDefect(draft.county, spec.vocabulary(), List.of(spec.industry()));
    }

    private void insertLedgerRow(CountyDraft draft, SampleEnterprise enterprise, LineSpec spec, RowDefect defect) {
        SampleLedgerLine line = lines.line(enterprise.creditCode(), spec, lines.randomGrade(spec.scheme()));
        draft.ledgerRows.add(random.nextInt(draft.ledgerRows.size() + 1), new LedgerRow(enterprise, line, defect));
    }

    /** A line kind and a known grade its scheme does not allow: the preferred pair if the data has it. */
    private Optional<BadGrade> badGrade(String industry, String branch, String grade) {
        boolean known = reference.grade(grade).isPresent();
        Optional<LineSpec> preferred = specFor(industry, branch);
        if (known && preferred.isPresent() && !preferred.get().scheme().allows(grade)) {
            return Optional.of(new BadGrade(preferred.get(), grade));
        }
        List<String> vocabulary = reference.grades().values().stream()
                .sorted(Comparator.comparingInt(Grade::rank).thenComparing(Grade::code)).map(Grade::code).toList();
        for (LineSpec spec : lines.allSpecs()) {
            GradeScheme scheme = spec.scheme();
            if (known && !scheme.allows(grade)) {
                return Optional.of(new BadGrade(spec, grade));
            }
            Optional<String> other = vocabulary.stream().filter(g -> !scheme.allows(g)).findFirst();
            if (!known && other.isPresent()) {
                return Optional.of(new BadGrade(spec, other.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<LineSpec> specFor(String industry, String branch) {
        return lines.allSpecs().stream().filter(s -> s.industry().name().equals(industry)
                && (branch == null || branch.equals(s.branchName()))).findFirst();
    }

    private static String schemeLabel(LineSpec spec) {
        return spec.industry().name() + (spec.branch() == null ? "" : "（" + spec.branchName() + "）");
    }

    private record BadGrade(LineSpec spec, String grade) {
    }
}
