package org.perfgrade.ingest.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;

/**
 * 行业与级别: the cells that place a row in an industry and grade it.
 * <ul>
 * <li>重点行业类型: a configured industry; 铸造行业, an alias (印刷), or the branch inside the type (铸造（黑色金属铸造）)
 * are read with a correction (R29); an alias of two industries and an unknown name are R04, the latter with the
 * nearest name suggested.</li>
 * <li>重点行业分支: a branch of that industry (R05). Left empty (or /) for an industry with branches it is no error:
 * when exactly one branch's scheme admits the row's grades that branch is taken (R26, 水泥 with C → B is 熟料),
 * otherwise the line is kept without a branch, 分支待补充 (R27), graded on the schemes of the branches that admit
 * its grades.</li>
 * <li>the grade cells, read against that line's 级别方案 (R06), with 绩效提升目标 strictly above 绩效现状 (R07); a grade
 * not written exactly as configured (b, Ｂ, B级企业, 未评) is stored as configured with a correction (R28).</li>
 * </ul>
 */
final class LineCells {

    /** What a line without its branch is marked (and the read-as value of R27). */
    static final String PENDING = "分支待补充";

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
     * @param branch   null when blank, not applicable, unknown or 待补充
     * @param schemes  the schemes that may grade the line: one when the branch is known, the candidate branches'
     *                 when it is not
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

    /**
     * Reads 重点行业类型 and, when {@code hasBranch}, 重点行业分支.
     *
     * @param gradeColumns the row's grade cells, whose grades decide a branch left empty
     */
    Line line(RowContext row, boolean industryRequired, boolean hasBranch, Column... gradeColumns) {
        if (!row.present(Column.INDUSTRY, industryRequired)) {
            return new Line(null, null, List.of());
        }
        String written = TextNormalizer.name(row.cell(Column.INDUSTRY).text());
        IndustryMatcher.Reading reading = matcher.read(written);
        switch (reading.kind()) {
            case UNKNOWN -> {
                row.report(ProblemCode.R04_INDUSTRY_UNKNOWN, Column.INDUSTRY, RowContext.quote(written)
                        + "不在国家和河南省重点行业名录中，" + matcher.suggestIndustry(written)
                        .map(name -> "是否为“" + name + "”？").orElse("请按技术指南中的行业名称填写"));
                return new Line(null, null, List.of());
            }
            case AMBIGUOUS -> {
                row.report(ProblemCode.R04_INDUSTRY_UNKNOWN, Column.INDUSTRY, RowContext.quote(written) + "可指"
                        + reading.candidates().stream().map(i -> "“" + i.name() + "”").collect(Collectors.joining("或"))
                        + "，含义不明，请按技术指南中的行业名称填写");
                return new Line(null, null, List.of());
            }
            case READ -> row.correct(ProblemCode.R29_INDUSTRY_READ, Column.INDUSTRY, reading.industry().name(),
                    row.original(Column.INDUSTRY) + "按“" + reading.industry().name() + "”读取"
                            + (reading.branch() == null ? "" : "，重点行业分支按“" + reading.branch().name() + "”读取"));
            default -> {
            }
        }
        Industry known = reading.industry();
        if (!hasBranch) {
            return new Line(known, null, known.branches().isEmpty() ? List.of(known.scheme())
                    : known.branches().stream().map(IndustryBranch::scheme).distinct().toList());
        }
        IndustryBranch branch = reading.branch() != null ? typedBranch(row, known, reading.branch())
                : branch(row, known, gradeColumns);
        if (branch != null) {
            return new Line(known, branch, List.of(branch.scheme()));
        }
        if (known.branches().isEmpty()) {
            return new Line(known, null, List.of(known.scheme()));
        }
        List<IndustryBranch> admitting = admitting(row, known, gradeColumns);
        List<IndustryBranch> candidates = admitting.isEmpty() ? known.branches() : admitting;
        return new Line(known, null, candidates.stream().map(IndustryBranch::scheme).distinct().toList());
    }

    /** The branch written inside the type; a different branch in 重点行业分支 is R05. */
    private IndustryBranch typedBranch(RowContext row, Industry industry, IndustryBranch typed) {
        if (row.isBlank(Column.BRANCH)) {
            return typed;
        }
        String written = TextNormalizer.name(row.cell(Column.BRANCH).text());
        Optional<IndustryBranch> branch = matcher.branch(industry, written);
        if (branch.isPresent() && branch.get().equals(typed)) {
            return typed;
        }
        row.report(ProblemCode.R05_BRANCH_UNKNOWN, Column.BRANCH, RowContext.quote(written) + "与重点行业类型"
                + row.quoted(Column.INDUSTRY) + "中写明的分支“" + typed.name() + "”不一致，请核实");
        return null;
    }

    private IndustryBranch branch(RowContext row, Industry industry, Column[] gradeColumns) {
        boolean blank = row.isBlank(Column.BRANCH);
        String written = TextNormalizer.name(row.cell(Column.BRANCH).text());
        String choices = industry.branches().stream().map(IndustryBranch::name).collect(Collectors.joining("、"));
        if (industry.branches().isEmpty()) {
            if (!blank && !TextNormalizer.key(written).equals(TextNormalizer.key(industry.name()))) {
                row.report(ProblemCode.R05_BRANCH_UNKNOWN, Column.BRANCH, RowContext.quote(written) + "有误：“"
                        + industry.name() + "”没有行业分支，此项应留空");
            }
            return null;
        }
        if (blank) {
            return inferred(row, industry, gradeColumns, choices);
        }
        Optional<IndustryBranch> branch = matcher.branch(industry, written);
        if (branch.isEmpty()) {
            row.report(ProblemCode.R05_BRANCH_UNKNOWN, Column.BRANCH, RowContext.quote(written) + "不是“"
                    + industry.name() + "”的行业分支" + matcher.suggestBranch(industry, written)
                    .map(name -> "，是否为“" + name + "”？").orElse("") + "（可选：" + choices + "）");
        }
        return branch.orElse(null);
    }

    /** An empty branch: the only branch whose scheme admits the row's grades (R26), else 分支待补充 (R27). */
    private IndustryBranch inferred(RowContext row, Industry industry, Column[] gradeColumns, String choices) {
        Set<String> written = writtenGrades(row, gradeColumns);
        List<IndustryBranch> admitting = admitting(row, industry, gradeColumns);
        if (!written.isEmpty() && admitting.size() == 1) {
            IndustryBranch only = admitting.get(0);
            row.correct(ProblemCode.R26_BRANCH_INFERRED, Column.BRANCH, only.name(), "未填写，按绩效级别"
                    + written.stream().map(g -> "“" + g + "”").collect(Collectors.joining()) + "读作“" + only.name()
                    + "”");
            return only;
        }
        row.correct(ProblemCode.R27_BRANCH_PENDING, Column.BRANCH, PENDING, "未填写，请补充（可选：" + choices + "）");
        return null;
    }

    /** The branches whose scheme admits every grade written in the row (all of them when none is written). */
    private List<IndustryBranch> admitting(RowContext row, Industry industry, Column[] gradeColumns) {
        Set<String> written = writtenGrades(row, gradeColumns);
        return industry.branches().stream()
                .filter(b -> written.stream().allMatch(g -> b.scheme().allows(g))).toList();
    }

    /** The vocabulary codes of the grade cells that hold a grade (not blank, not 未评级, not unreadable). */
    private Set<String> writtenGrades(RowContext row, Column[] gradeColumns) {
        Set<String> codes = new LinkedHashSet<>();
        for (Column column : gradeColumns) {
            GradeReader.Reading reading = grades.read(row.cell(column).text());
            if (reading.kind() == GradeReader.Kind.GRADE) {
                codes.add(reading.code());
            }
        }
        return codes;
    }

    /**
     * A grade cell of the line. Blank (or an 空值标记) is R01 when required, else null; 未评级 is null where allowed
     * (绩效级别, 绩效现状 — where 无 also means 未评级), R06 elsewhere; a grade outside the line's scheme is R06 with the
     * allowed grades; a grade or 未评级 not written exactly as configured is read with R28.
     */
    GradeValue grade(RowContext row, Column column, Line line, boolean unratedAllowed, boolean required) {
        String text = row.cell(column).text();
        boolean unratedWord = column == Column.CURRENT_GRADE && TextNormalizer.code(text).equals("无");
        GradeReader.Reading reading = row.isBlank(column) && !unratedWord ? new GradeReader.Reading(
                GradeReader.Kind.BLANK, "") : grades.read(text);
        switch (reading.kind()) {
            case BLANK -> {
                row.present(column, required);
                return new GradeValue(null, !required);
            }
            case UNRATED -> {
                if (unratedAllowed) {
                    readAs(row, column, reading);
                    return new GradeValue(null, true);
                }
            }
            case GRADE -> {
                if (line.schemes().isEmpty() || grades.allowed(reading.code(), line.schemes())) {
                    readAs(row, column, reading);
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

    private static void readAs(RowContext row, Column column, GradeReader.Reading reading) {
        if (!reading.exact()) {
            row.correct(ProblemCode.R28_GRADE_READ, column, reading.code(), row.original(column) + "按“"
                    + reading.code() + "”读取");
        }
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
