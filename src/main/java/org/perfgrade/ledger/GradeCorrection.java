package org.perfgrade.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市级更正: the city corrects a line's grade, with a reason, when a list or a decision was recorded wrongly. The
 * correction is one more CORRECTION event in the grade history (source 市级更正：<by>, the reason in the note),
 * effective on the day given, never an edit of the past; the line's current grade becomes the newest event's. A
 * correction is refused when the enterprise, its line or the grade (not in the line's scheme) is unknown, when the
 * reason is missing, or when it would change nothing.
 */
@Service
public class GradeCorrection {

    private static final String SOURCE = "市级更正：";

    private final LedgerQueries queries;
    private final GradeEvents events;
    private final GradeHistory history;
    private final ReferenceData reference;
    private final Clock clock;

    GradeCorrection(LedgerQueries queries, GradeEvents events, GradeHistory history, ReferenceData reference,
                    Clock clock) {
        this.queries = queries;
        this.events = events;
        this.history = history;
        this.reference = reference;
        this.clock = clock;
    }

    /** Records the correction, or says why it was refused. */
    @Transactional
    public Result correct(Request request) {
        String code = FactText.creditCode(request.creditCode());
        String reason = FactText.clean(request.reason());
        if (reason == null) {
            return Result.refused("更正须写明原因（--reason）");
        }
        if (reason.length() > GradeEvents.NOTE_LENGTH) {
            return Result.refused("更正原因过长（" + reason.length() + " 字，最多 " + GradeEvents.NOTE_LENGTH + " 字）");
        }
        if (code == null || queries.lines(code).isEmpty()) {
            return Result.refused("清单台账中没有统一社会信用代码为 " + request.creditCode() + " 的企业");
        }
        String industry = FactText.clean(request.industry());
        String branch = FactText.clean(request.branch());
        Optional<LedgerLineView> found = queries.line(code, industry, branch);
        if (found.isEmpty()) {
            return Result.refused("该企业没有“" + (branch == null ? industry : industry + "（" + branch + "）")
                    + "”行业记录，可更正的行业：" + String.join("、", queries.lines(code).stream()
                    .map(l -> l.branch() == null ? l.industry() : l.industry() + "（" + l.branch() + "）").toList()));
        }
        LedgerLineView line = found.get();
        String grade = FactText.grade(request.grade());
        GradeScheme scheme = reference.industry(line.industry()).map(i -> i.schemeFor(line.branch())).orElse(null);
        if (grade != null && (scheme == null || !scheme.allows(grade))) {
            return Result.refused("级别“" + grade + "”不属于“" + line.industry() + "”行业的分级方案"
                    + (scheme == null ? "" : "（可用：" + String.join("、", scheme.grades()) + "、" + FactText.UNGRADED + "）"));
        }
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        String before = queries.gradeAsOf(line.id(), asOf);
        if (Objects.equals(before, grade)) {
            return Result.refused("该行业记录在 " + asOf + " 的级别已是" + GradingRules.gradeName(grade) + "，无需更正");
        }
        String by = Objects.requireNonNullElse(FactText.clean(request.by()), "市生态环境局");
        LocalDateTime now = LocalDateTime.now(clock);
        events.record(new GradeEvents.Event(line.id(), asOf, before, grade, GradeEventReason.CORRECTION, SOURCE + by,
                reason), now);
        String current = events.syncCurrentGrade(line.id(), now);
        LedgerLineView after = queries.line(code, industry, branch).orElseThrow();
        return new Result(true, "已将“" + line.enterpriseName() + "”的“" + (branch == null ? industry
                : industry + "（" + branch + "）") + "”自 " + asOf + " 起由" + GradingRules.gradeName(before) + "更正为"
                + GradingRules.gradeName(grade) + "，当前级别" + GradingRules.gradeName(current),
                history.line(after));
    }

    /**
     * A correction as the city asks for it.
     *
     * @param grade a grade of the line's scheme, or 未评级 (blank) for none
     * @param asOf  the day the corrected grade holds from (null: today)
     * @param by    who corrected it (null: 市生态环境局)
     */
    public record Request(String creditCode, String industry, String branch, String grade, String reason,
                          LocalDate asOf, String by) {
    }

    /**
     * What the correction did.
     *
     * @param message a Chinese sentence: what was corrected, or why it was refused
     * @param line    the line's history afterwards; null when refused
     */
    public record Result(boolean corrected, String message, GradeHistory.LineHistory line) {

        static Result refused(String message) {
            return new Result(false, message, null);
        }
    }
}
