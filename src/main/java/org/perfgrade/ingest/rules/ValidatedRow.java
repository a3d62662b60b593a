package org.perfgrade.ingest.rules;

import java.util.List;

import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemLevel;

/**
 * 核对结果: one county row after the row rules — the typed facts to store when the row is accepted, and every
 * problem found in it (errors refuse the row, warnings keep it and go back to the county to confirm).
 *
 * @param rowNumber the row as Excel shows it
 * @param facts     the typed record, null when the row has an error
 * @param problems  all problems of the row, in column order of checking
 */
public record ValidatedRow<T>(int rowNumber, T facts, List<Problem> problems) {

    public ValidatedRow {
        problems = List.copyOf(problems);
    }

    /** Whether the row is taken: no problem of level ERROR. */
    public boolean accepted() {
        return problems.stream().noneMatch(p -> p.level() == ProblemLevel.ERROR);
    }

    /** The warnings (row kept, county to confirm), e.g. R10 wrong check character. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.level() == ProblemLevel.WARNING).toList();
    }

    /** The errors that refuse the row. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.level() == ProblemLevel.ERROR).toList();
    }
}
