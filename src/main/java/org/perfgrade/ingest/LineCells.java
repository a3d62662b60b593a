package org.perfgrade.ingest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;

/**
 * 行业与级别: the cells that place a row in an industry — 重点行业类型 (R04, with the nearest name suggested),
 * 重点行业分支 (R05; required when the industry has branches) — and the grade cells read against that line's
 * 级别方案 (R06), with 绩效提升目标 strictly above 绩效现状 (R07).
 */
final class LineCells {

    /** Written where a branch does not apply. */
    private static final List<String> NOT_APPLICABLE = List.of("/", "-", "无", "不涉及");

    private final IndustryMatcher matcher;
    private final GradeReader grades;

    LineCells(ReferenceData reference) {
        this.matcher = new IndustryMatcher(reference);
        this.grades = new GradeReader(reference);
    }

    /**
     * The industry and branch of a row.
     *
     * @param industry null when blank or unknown (then every grade of the vocabulary is taken as possible)
     * @param branch   null when blank, not applicable or unknown
     * @param schemes  the schemes that may grade the line: one when known, the branches' when the branch is not
     */
    record Line(Industry industry, IndustryBranch branch, List<GradeScheme> schemes) {

        String industryName() {
            return industry == null ? null : industry.name();
        }

        String branchName() {
            return branch == null ? null : branch.name();
        }

        /** 水泥/粉磨站, or 铸造 when the branch is not known. */
        String label() {
            return industry.name() + (branch == null ? "" : "/" + branch.name());
        }
    }

    /** A grade cell read: the vocabulary code or null (blank, 未评级), and whether it was acceptable. */
    record GradeValue(String code, boolean valid) {
    }

    Line line(RowContext row, boolean industryRequired, boolean hasBranch) {
        if (!row.present(Column.INDUSTRY, industryRequired)) {
            return new Line(null, null, List.of());
        }
        Optional<Industry> industry = matcher.industry(row.cell(Column.INDUSTRY).text());
        if (industry.isEmpty()) {
            String written = TextNormalizer.name(row.cell(Column.INDUSTRY).text());
            row.report(ProblemCode.R04_INDUSTRY_UNKNOWN, Column.INDUSTRY, RowContext.quote(written)
                    + "不在国家和河南省重点行业名录中，" + matcher.suggestIndustry(written)
                    .map(name -> "是否为“" + name + "”？").orElse("请按技术指南中的行业名称填写"));
            return new Line(null, null, List.of());
        }
        Industry known = industry.get();
        IndustryBranch branch = hasBranch ? branch(row, known) : null;
        if (branch != null) {
            return new Line(known, branch, List.of(branch.scheme()));
        }
        List<GradeScheme> schemes = known.branches().isEmpty() ? List.of(known.scheme())
                : known.branches().stream().map(IndustryBranch::scheme).distinct().toList();
        return new Line(known, null, schemes);
    }

    private IndustryBranch branch(RowContext row, Industry industry) {
        String written = TextNormalizer.name(row.cell(Column.BRANCH).text());
        boolean blank = written.isEmpty() || NOT_APPLICABLE.contains(TextNormalizer.code(written));
        String choices = industry.branches().stream().map(IndustryBranch::name).collect(Collectors.joining("、"));
        if (industry.branches().isEmpty()) {
            if (!blank && !TextNormalizer.key(written).equals(TextNormalizer.key(industry.name()))) {
                row.report(ProblemCode.R05_BRANCH_UNKNOWN, Column.BRANCH, RowContext.quote(written) + "有误：“"
                        + industry.name() + "”没有行业分支，此项应留空");
            }
            return null;
        }
        if (blank) {
            row.report(ProblemCode.R01_REQUIRED_MISSING, Column.BRANCH, "为空；“" + industry.name()
                    + "”须填写行业分支（可选：" + choices + "）");
            return null;
        }
        Optional<IndustryBranch> branch = matcher.branch(industry, written);
        if (branch.isEmpty()) {
            row.report(ProblemCode.R05_BRANCH_UNKNOWN, Column.BRANCH, RowContext.quote(written) + "不是“"
                    + industry.name() + "”的行业分支" + matcher.suggestBranch(industry, written)
                    .map(name -> "，是否为“" + name + "”？").orElse("") + "（可选：" + choices + "）");
        }
        return branch.orElse(null);
    }

    /**
     * A grade cell of the line. Blank is R01 when required, else null; 未评级 is null where allowed (绩效级别,
     * 绩效现状), R06 elsewhere; a grade outside the line's scheme is R06 with the allowed grades.
     */
    GradeValue grade(RowContext row, Column column, Line line, boolean unratedAllowed, boolean required) {
        GradeReader.Reading reading = grades.read(row.cell(column).text());
        switch (reading.kind()) {
            case BLANK -> {
                row.present(column, required);
                return new GradeValue(null, !required);
            }
            case UNRATED -> {
                if (unratedAllowed) {
                    return new GradeValue(null, true);
                }
            }
            case GRADE -> {
                if (line.schemes().isEmpty() || grades.allowed(reading.code(), line.schemes())) {
                    return new GradeValue(reading.code(), true);
                }
            }
            default -> {
            }
        }
        String choices = grades.choices(line.schemes(), unratedAllowed);
        String where = line.industry() == null ? "不是有效的绩效级别" : "不属于“" + line.label() + "”的分级方案";
        row.report(ProblemCode.R06_GRADE_NOT_IN_SCHEME, column, row.quoted(column) + where + "（可选：" + choices + "）");
        return new GradeValue(null, false);
    }

    /** R07: 绩效提升目标 strictly better than 绩效现状 (未评级 is below every grade). */
    void targetAboveCurrent(RowContext row, GradeValue current, GradeValue target) {
        if (!current.valid() || !target.valid() || target.code() == null) {
            return;
        }
        if (!grades.above(target.code(), current.code())) {
            String now = current.code() == null ? GradeReader.UNRATED : current.code();
            row.report(ProblemCode.R07_TARGET_NOT_ABOVE_CURRENT, Column.TARGET_GRADE, "“" + target.code()
                    + "”不高于绩效现状“" + now + "”，提升目标应高于现状");
        }
    }

    GradeReader grades() {
        return grades;
    }
}
